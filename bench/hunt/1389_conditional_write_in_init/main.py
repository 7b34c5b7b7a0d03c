# write under if in __init__ (workers > 1) is taken -> process
import multiprocessing as mp
import threading

class Runner:
    def __init__(self, workers=1):
        self.use_processes = False
        if workers > 1:
            self.use_processes = True

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


if __name__ == "__main__":
    print(Runner(workers=4).doubled(3))
