# nested def (not lambda) in base method; Sub sets flag True in __init__ -> process
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

    def squared(self, x):
        def sq(q, x):
            q.put(x * x)
        q = mp.Queue()
        self.run(sq, q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = True


if __name__ == "__main__":
    print(Sub().squared(3))
