# lambda written in Sub's own method calls inherited self.run; Sub sets flag through super().__init__(processes=True) -> process
import multiprocessing as mp
import threading

class Runner:
    def __init__(self, processes=False):
        self.use_processes = processes

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        super().__init__(processes=True)

    def tripled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 3), q, x)
        return q.get(timeout=10)


if __name__ == "__main__":
    print(Sub().tripled(3))
