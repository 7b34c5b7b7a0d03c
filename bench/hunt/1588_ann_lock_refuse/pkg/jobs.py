import threading

from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(runner: Runner, k):
    lock = threading.Lock()

    def work(x, q):
        with lock:
            q.put(x * k)

    return runner.map(work, xs)
