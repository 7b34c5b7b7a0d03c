# shape: def go(k, r: Optional[Runner] = None): r = r or ProcRunner(); go(3)
# OBSERVED: no finding: r = r or ProcRunner() inside go(k, r: Optional[Runner] = None), called go(3); the reassignment of the parameter is ignored.
from typing import Optional
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


def go(k, r: Optional[Runner] = None):
    r = r or ProcRunner()
    return r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(go(3))


if __name__ == "__main__":
    main()
