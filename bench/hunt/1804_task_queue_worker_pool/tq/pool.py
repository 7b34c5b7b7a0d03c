import multiprocessing as mp


def _loop(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            break
        fn, args = item
        results.put(fn(*args))


class WorkerPool:
    def __init__(self, n):
        self.tasks = mp.Queue()
        self.out = mp.Queue()
        self.procs = [mp.Process(target=_loop, args=(self.tasks, self.out)) for _ in range(n)]
        for p in self.procs:
            p.start()

    def put(self, fn, *args):
        self.tasks.put((fn, args))

    def results(self, n):
        return [self.out.get(timeout=3) for _ in range(n)]

    def close(self):
        for _ in self.procs:
            self.tasks.put(None)
        for p in self.procs:
            p.join()
