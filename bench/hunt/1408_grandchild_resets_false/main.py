# B sets True but C(B) resets False after super(); only C and A instantiated -> thread
import multiprocessing as mp
import threading

class A:
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


class B(A):
    def __init__(self):
        super().__init__()
        self.use_processes = True


class C(B):
    def __init__(self):
        super().__init__()
        self.use_processes = False


if __name__ == "__main__":
    print(C().doubled(3), A().doubled(5))
