import multiprocessing as mp


def fire(fn, *args):
    p = mp.Process(target=fn, args=args)
    p.start()
    return p


class Runner:
    def __init__(self, fn):
        self.fn = fn

    def go(self, *args):
        p = mp.Process(target=self.fn, args=args, name="runner")
        p.start()
        p.join()
