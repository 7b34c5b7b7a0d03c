# Sub class attr True and Sub.__init__ does NOT call Runner.__init__ (which writes False) -> class attr True -> process
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


class Sub(Runner):
    use_processes = True

    def __init__(self):
        self.name = "sub"


if __name__ == "__main__":
    print(Sub().doubled(3))
