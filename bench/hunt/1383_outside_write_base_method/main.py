# flag set from main after construction; lambda inside base method doubled() reaches mp.Process
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


if __name__ == "__main__":
    r = Runner()
    r.use_processes = True
    print(r.doubled(3))
