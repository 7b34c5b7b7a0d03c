# Shape: Worker pool object: start() creates mp.Pool into self.pool; process(fn, xs) uses self.pool.imap.
from lib.wp import WorkerPool

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    wp = WorkerPool(); wp.start(); print(wp.process(f, [1, 2])); wp.stop()
