# mixin __init_subclass__ sets cls.use_processes = False for Job, base class attr True but Runner never instantiated -> thread
import multiprocessing as mp
import threading


class Runner:
    use_processes = True

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class ThreadMixin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.use_processes = False


class Job(ThreadMixin, Runner):
    pass


if __name__ == "__main__":
    print(Job().doubled(3))
