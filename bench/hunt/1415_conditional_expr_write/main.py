# Sub writes self.mode = 'process' if n > 1 else 'thread'; n=4 -> process
import multiprocessing as mp
import threading

class Runner:
    mode = "thread"

    def run(self, fn, *args):
        if self.mode == "process":
            cls = mp.Process
        else:
            cls = threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self, n=4):
        self.mode = "process" if n > 1 else "thread"


if __name__ == "__main__":
    print(Sub().doubled(3))
