# subclasses set use_processes to 0, '' and None (all falsy) -> always thread
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


class A(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = 0


class B(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = ""


class C(Runner):
    use_processes = None

    def __init__(self):
        pass


if __name__ == "__main__":
    print(A().doubled(1), B().doubled(2), C().doubled(3), Runner().doubled(4))
