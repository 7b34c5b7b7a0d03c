# flag compared to string; Sub sets self.mode = 'process' in __init__ -> process
import multiprocessing as mp
import threading

class Runner:
    def __init__(self):
        self.mode = "thread"

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
    def __init__(self):
        super().__init__()
        self.mode = "process"


if __name__ == "__main__":
    print(Sub().doubled(3))
