# Sub sets True in __init__, but main sets r.use_processes = False before use; Runner never instantiated otherwise -> thread
import multiprocessing as mp
import threading

class Runner:
    use_processes = False

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
    def __init__(self):
        self.use_processes = True


if __name__ == "__main__":
    r = Sub()
    r.use_processes = False
    print(r.doubled(3))
