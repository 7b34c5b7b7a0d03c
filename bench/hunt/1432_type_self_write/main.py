# method writes type(self).use_processes = True (class-level write via type(self)), called from main -> process
import multiprocessing as mp
import threading


class Runner:
    use_processes = False

    def enable_processes(self):
        type(self).use_processes = True

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
    r.enable_processes()
    print(r.doubled(3))
