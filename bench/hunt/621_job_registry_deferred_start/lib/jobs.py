import multiprocessing as mp


class JobSet:
    def __init__(self):
        self.procs = []

    def add(self, fn, *args):
        self.procs.append(mp.Process(target=fn, args=args))

    def run(self):
        for p in self.procs:
            p.start()
        for p in self.procs:
            p.join()
