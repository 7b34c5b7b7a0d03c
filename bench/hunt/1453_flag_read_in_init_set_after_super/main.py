# Base.__init__ picks pool_cls from flag; Sub sets flag True only AFTER super().__init__() -> pool_cls stays Thread
import multiprocessing as mp
import threading


class Runner:
    use_processes = False

    def __init__(self):
        self.pool_cls = mp.Process if self.use_processes else threading.Thread

    def run(self, fn, *args):
        t = self.pool_cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = True


if __name__ == "__main__":
    print(Sub().doubled(3), Runner().doubled(4))
