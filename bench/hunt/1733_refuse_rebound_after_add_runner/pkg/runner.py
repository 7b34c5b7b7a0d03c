import multiprocessing as mp


class Runner:
    def __init__(self):
        self.fns = []

    def add(self, fn):
        self.fns.append(fn)

    def run_all(self):
        for fn in self.fns:
            p = mp.Process(target=fn)
            p.start()
            p.join()
