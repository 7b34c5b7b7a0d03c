import multiprocessing


class Launcher:
    def __init__(self, daemon=False):
        self.daemon = daemon

    def __call__(self, fn, *args):
        proc = multiprocessing.Process(target=fn, args=args, daemon=self.daemon)
        proc.start()
        return proc
