# Sub writes self.child.use_processes = True on a helper object (not itself); Sub instance stays False -> thread
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


class Child:
    use_processes = False


class Sub(Runner):
    def __init__(self):
        super().__init__()
        self.child = Child()
        self.child.use_processes = True


if __name__ == "__main__":
    s = Sub()
    print(s.child.use_processes, s.doubled(3))
