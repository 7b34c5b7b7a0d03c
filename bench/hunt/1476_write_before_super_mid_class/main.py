# Job.__init__ writes False then super().__init__() -> Mid.__init__(mixin, not a Runner) writes True -> process
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


class Fast:
    def __init__(self):
        super().__init__()
        self.use_processes = True


class Job(Fast, Runner):
    def __init__(self):
        self.use_processes = False
        super().__init__()


if __name__ == "__main__":
    print(Job().doubled(3))
