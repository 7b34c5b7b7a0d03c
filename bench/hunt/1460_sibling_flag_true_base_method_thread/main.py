# Sub(Runner) overrides the flag with a method-local name only (local var use_processes = True), instance stays False -> thread
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
    def tripled(self, x):
        use_processes = True
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 3), q, x)
        return q.get(timeout=10), use_processes


if __name__ == "__main__":
    print(Sub().tripled(3), Sub().doubled(2))
