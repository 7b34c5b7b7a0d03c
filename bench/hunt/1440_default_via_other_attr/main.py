# Runner.__init__ copies self.use_processes = self.default_processes; Sub class attr default_processes = True -> process
import multiprocessing as mp
import threading


class Runner:
    default_processes = False

    def __init__(self):
        self.use_processes = self.default_processes

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
    default_processes = True


if __name__ == "__main__":
    print(Sub().doubled(3))
