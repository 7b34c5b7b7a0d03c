# Runner.copy_to(other) writes other.use_processes = True on a plain Settings object, not on a Runner -> thread
import multiprocessing as mp
import threading


class Settings:
    use_processes = False


class Runner:
    def __init__(self):
        self.use_processes = False

    def export(self, other):
        other.use_processes = True
        return other

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
    r = Runner()
    print(r.export(Settings()).use_processes, r.doubled(3))
