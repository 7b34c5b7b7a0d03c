# run() lives in PoolMixin, flag class attr False in Base, Job(PoolMixin, Base) sets True in __init__ -> process
import multiprocessing as mp
import threading


class PoolMixin:

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Base:
    use_processes = False


class Job(PoolMixin, Base):
    def __init__(self):
        self.use_processes = True


if __name__ == "__main__":
    print(Job().doubled(3))
