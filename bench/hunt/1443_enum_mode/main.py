# flag is an Enum: base tests self.mode is Mode.PROCESS; Sub sets Mode.PROCESS -> process
import multiprocessing as mp
import threading
import enum


class Mode(enum.Enum):
    THREAD = 1
    PROCESS = 2


class Runner:
    mode = Mode.THREAD

    def run(self, fn, *args):
        cls = mp.Process if self.mode is Mode.PROCESS else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.mode = Mode.PROCESS


if __name__ == "__main__":
    print(Sub().doubled(3))
