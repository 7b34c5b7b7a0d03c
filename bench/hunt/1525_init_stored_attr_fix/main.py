# shape: class Job: __init__(self, r: Runner) stores self.r; run() does self.r.map(lambda); Job(ProcRunner()).run(3)
# OBSERVED: no finding: Job.__init__(self, r: Runner) stores self.r and run() hands the lambda to self.r.map; Job(ProcRunner()) is not followed.
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


class Job:
    def __init__(self, r: Runner):
        self.r = r

    def run(self, k):
        return self.r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(Job(ProcRunner()).run(3))


if __name__ == "__main__":
    main()
