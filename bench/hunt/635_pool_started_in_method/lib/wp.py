import multiprocessing as mp


class WorkerPool:
    def __init__(self, n=2):
        self.n = n
        self.pool = None

    def start(self):
        self.pool = mp.Pool(self.n)

    def process(self, fn, xs):
        return list(self.pool.imap(fn, xs))

    def stop(self):
        self.pool.close()
        self.pool.join()
