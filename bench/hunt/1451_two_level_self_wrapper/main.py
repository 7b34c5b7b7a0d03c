# base doubled() -> self._dispatch(fn) -> self.run(fn); Sub sets flag True -> process
import multiprocessing as mp
import threading


class Runner:
    use_processes = False

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def _dispatch(self, fn, *args):
        self.run(fn, *args)

    def doubled(self, x):
        q = mp.Queue()
        self._dispatch(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def __init__(self):
        self.use_processes = True


if __name__ == "__main__":
    print(Sub().doubled(3))
