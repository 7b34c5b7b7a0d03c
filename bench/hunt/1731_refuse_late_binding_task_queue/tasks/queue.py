import multiprocessing as mp


def _invoke(fn, q, idx):
    q.put((idx, fn()))


class TaskQueue:
    def __init__(self):
        self._tasks = []

    def add(self, fn):
        self._tasks.append(fn)

    def run(self):
        q = mp.Queue()
        procs = [mp.Process(target=_invoke, args=(fn, q, i)) for i, fn in enumerate(self._tasks)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        res = dict(q.get() for _ in procs)
        return [res[i] for i in range(len(procs))]
