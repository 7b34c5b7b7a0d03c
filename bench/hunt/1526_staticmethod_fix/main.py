# shape: Job.go staticmethod (r: Runner, k); Job.go(ProcRunner(), 3)
# OBSERVED: no finding: @staticmethod Job.go(r: Runner, k) called Job.go(ProcRunner(), 3); the same with @classmethod (a plain method works).
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
    @staticmethod
    def go(r: Runner, k):
        return r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(Job.go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
