import multiprocessing


class ForkRunner:
    """Always forks: the child inherits the callable, nothing is pickled."""

    def __init__(self, start_method="fork"):
        self.ctx = multiprocessing.get_context(start_method)

    def run(self, fn, *args):
        proc = self.ctx.Process(target=fn, args=args)
        proc.start()
        proc.join()
        return proc.exitcode
