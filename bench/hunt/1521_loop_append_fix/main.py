# shape: runners = [Runner()]; runners.append(ProcRunner()); for r in runners: r.map(lambda ...)
# OBSERVED: no finding: runners = [Runner()] then runners.append(ProcRunner()); only the list literal is used for the loop variable.
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


def main():
    k = 3
    runners = [Runner()]
    runners.append(ProcRunner())
    for r in runners:
        print(r.map(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
