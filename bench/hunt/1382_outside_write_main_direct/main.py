# flag written from outside after construction (r.use_processes = True), lambda passed straight to r.run -> process pool
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


if __name__ == "__main__":
    r = Runner()
    r.use_processes = True
    q = mp.Queue()
    r.run(lambda q, x: q.put(x + 1), q, 3)
    print(q.get(timeout=10))
