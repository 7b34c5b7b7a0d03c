# Sub.__init__ writes False last, but main calls inherited mixin method enable() which writes True -> process
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


class Toggle:
    def enable(self):
        self.use_processes = True


class Sub(Toggle, Runner):
    def __init__(self):
        self.use_processes = False


if __name__ == "__main__":
    s = Sub()
    s.enable()
    print(s.doubled(3))
