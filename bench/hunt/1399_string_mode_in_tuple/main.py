# mode tested with `in ('process', 'proc')`; Sub sets 'proc' -> process
import multiprocessing as mp
import threading

class Runner:
    mode = "thread"

    def run(self, fn, *args):
        cls = mp.Process if self.mode in ("process", "proc") else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.mode = "proc"


if __name__ == "__main__":
    print(Sub().doubled(3))
