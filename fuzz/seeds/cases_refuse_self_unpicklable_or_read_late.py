# picklefix-test: refused
import threading
from multiprocessing import Pool, Process


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.pool = Pool(2)
        self.step = 2

    def bump(self, x):
        return x + self.step

    def locked(self, xs):
        def work(x):
            with self.lock:
                return x + 1

        return self.pool.map(work, xs)  # PKL003

    def whole(self, xs):
        def work(x):
            return self.bump(x)

        return self.pool.map(work, xs)  # PKL003

    def started_later(self):
        def show():
            print(self.step)

        p = Process(target=show)  # PKL003
        self.step = 3
        p.start()
        p.join()
