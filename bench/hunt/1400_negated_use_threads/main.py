# base tests use_threads (Thread if true); Sub sets use_threads=False -> process
import multiprocessing as mp
import threading

class Runner:
    use_threads = True

    def run(self, fn, *args):
        cls = threading.Thread if self.use_threads else mp.Process
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.use_threads = False


if __name__ == "__main__":
    print(Sub().doubled(3))
