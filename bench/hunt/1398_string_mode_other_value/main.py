# mode compared == 'process'; subclasses set 'processes' and 'thread' (never equal) -> always thread
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


class A(Runner):
    def __init__(self):
        self.mode = "processes"


class B(Runner):
    def __init__(self):
        self.mode = "threads"


if __name__ == "__main__":
    print(A().doubled(3), B().doubled(4))
