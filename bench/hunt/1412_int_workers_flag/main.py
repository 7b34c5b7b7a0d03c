# base picks processes when self.processes > 0; Sub sets processes = 2 -> process
import multiprocessing as mp
import threading

class Runner:
    processes = 0

    def run(self, fn, *args):
        cls = mp.Process if self.processes > 0 else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.processes = 2


if __name__ == "__main__":
    print(Sub().doubled(3))
