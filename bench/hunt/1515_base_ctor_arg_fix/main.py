# shape: only the base is passed, but constructed with the flag: go(Runner(use_processes=True), 3)
import multiprocessing
import threading


class Runner:
    def __init__(self, use_processes=False):
        self.use_processes = use_processes

    def map(self, fn, items):
        W = multiprocessing.Process if self.use_processes else threading.Thread
        q = multiprocessing.Queue()
        ws = [W(target=fn, args=(x, q)) for x in items]
        for w in ws:
            w.start()
        res = sorted(q.get() for _ in ws)
        for w in ws:
            w.join()
        return res


class ProcRunner(Runner):
    def __init__(self):
        super().__init__(use_processes=True)


def go(r: Runner, k):
    return r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(go(Runner(use_processes=True), 3))


if __name__ == "__main__":
    main()
