# Job(Runner) writes False then calls Runner.__init__ via super, which calls self.configure() (Mixin override) setting True -> process
import multiprocessing as mp
import threading


class Runner:
    use_processes = False

    def __init__(self):
        self.configure()

    def configure(self):
        pass

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class ProcConfig:
    def configure(self):
        self.use_processes = True


class Job(ProcConfig, Runner):
    def __init__(self):
        self.use_processes = False
        super().__init__()


if __name__ == "__main__":
    print(Job().doubled(3))
