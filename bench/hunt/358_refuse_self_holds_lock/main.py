# refuse: a worker nested in a method calls `self.convert`, and `self` holds a
# threading.Lock. Forked, the child uses the closure's `self` as it is; a lift must pass
# `self` (or the bound method) pickled, and a Lock cannot be pickled, so the spawned
# start fails.
import multiprocessing as mp
import threading

from jobs import start


class Meter:
    def __init__(self, rate):
        self.rate = rate
        self.total = 0
        self._lock = threading.Lock()

    def convert(self, x):
        return x * self.rate

    def measure(self, values):
        q = mp.Queue()

        def work(out, xs):
            out.put(sum(self.convert(x) for x in xs))

        p = start(work, q, values)
        result = q.get(timeout=10)
        p.join()
        with self._lock:
            self.total += result
        return result


def main():
    meter = Meter(3)
    print(meter.measure([1, 2, 3]), meter.measure([4]), meter.total)


if __name__ == "__main__":
    main()
