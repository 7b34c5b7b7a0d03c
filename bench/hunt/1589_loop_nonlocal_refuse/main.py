# shape: for r in [Runner(), ProcRunner()]: r.map(nested def that writes a nonlocal counter) [Runner classes in main.py]
import multiprocessing
import threading


class Runner:
    use_processes = False

    def map(self, fn, items):
        q = multiprocessing.Queue()
        workers = []
        for x in items:
            if self.use_processes:
                w = multiprocessing.Process(target=fn, args=(x, q))
            else:
                w = threading.Thread(target=fn, args=(x, q))
            w.start()
            workers.append(w)
        out = sorted(q.get() for _ in workers)
        for w in workers:
            w.join()
        return out


class ProcRunner(Runner):
    def __init__(self):
        self.use_processes = True


def main():
    k = 3
    calls = 0
    for r in [Runner(), ProcRunner()]:
        def work(x, q):
            nonlocal calls
            calls += 1
            q.put(x * k)

        print(type(r).__name__, r.map(work, [1, 2]))
    print("calls", calls)


if __name__ == "__main__":
    main()
