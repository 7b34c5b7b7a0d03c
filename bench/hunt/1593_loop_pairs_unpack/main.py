# shape: pairs = [("t", Runner()), ("p", ProcRunner())]; for name, r in pairs: r.map(lambda) [Runner classes defined in main.py itself]
# OBSERVED: MISS: a list of (name, runner) tuples unpacked in the for target is not followed
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
    pairs = [("t", Runner()), ("p", ProcRunner())]
    for name, r in pairs:
        print(name, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
