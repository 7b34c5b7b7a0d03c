# base reads flag with getattr(self, 'use_processes', False); Sub sets True in __init__ -> process
import multiprocessing as mp
import threading


class Runner:
    def run(self, fn, *args):
        cls = mp.Process if getattr(self, "use_processes", False) else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.use_processes = True


if __name__ == "__main__":
    print(Sub().doubled(3))
