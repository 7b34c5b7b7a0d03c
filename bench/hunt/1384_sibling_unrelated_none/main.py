# unrelated class Other sets its own use_processes=True; Runner instances always thread -> none
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


class Other:
    def __init__(self):
        self.use_processes = True


if __name__ == "__main__":
    o = Other()
    print(o.use_processes, Runner().doubled(3))
