import multiprocessing
import threading


class Runner:
    use_processes = False

    def map(self, fn, items):
        q = multiprocessing.Queue()
        workers = []
        for x in items:
            if self.use_processes:
                w = multiprocessing.Process(target=fn, args=(x, q))
            else:
                w = threading.Thread(target=fn, args=(x, q))
            w.start()
            workers.append(w)
        out = sorted(q.get() for _ in workers)
        for w in workers:
            w.join()
        return out


class ProcRunner(Runner):
    def __init__(self):
        self.use_processes = True
