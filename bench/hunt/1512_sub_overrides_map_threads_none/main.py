# shape: base Runner uses processes; ThreadRunner overrides map with threads; only go(ThreadRunner(), 3)
import multiprocessing
import threading


class Runner:
    use_processes = True

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


class ThreadRunner(Runner):
    def map(self, fn, items):
        W = threading.Thread
        q = multiprocessing.Queue()
        ws = [W(target=fn, args=(x, q)) for x in items]
        for w in ws:
            w.start()
        res = sorted(q.get() for _ in ws)
        for w in ws:
            w.join()
        return res


def go(r: Runner, k):
    return r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(go(ThreadRunner(), 3))


if __name__ == "__main__":
    main()
