# shape: go(r: Runner, k) with ProcRunner; nested lambda captures k rebound after creation
import multiprocessing
import threading


class Runner:
    use_processes = False

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
        self.use_processes = True


def go(r: Runner, k):
    task = lambda x, q: q.put(x * k)  # noqa: E731
    k = k + 1
    return r.map(task, [1, 2, 3])


def main():
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
