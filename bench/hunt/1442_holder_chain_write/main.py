# another class writes self.runner.use_processes = True on the Runner it owns (Runner.__init__ writes False) -> process
import multiprocessing as mp
import threading


class Runner:
    def __init__(self):
        self.use_processes = False

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Manager:
    def __init__(self):
        self.runner = Runner()
        self.runner.use_processes = True


if __name__ == "__main__":
    print(Manager().runner.doubled(3))
