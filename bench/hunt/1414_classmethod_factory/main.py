# classmethod factory: r = cls(); r.use_processes = True; return r -> process
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

    @classmethod
    def with_processes(cls):
        r = cls()
        r.use_processes = True
        return r


if __name__ == "__main__":
    print(Runner.with_processes().doubled(3))
