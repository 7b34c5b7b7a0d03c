import multiprocessing as mp


def _invoke(fn, args, q, idx):
    q.put((idx, fn(*args)))


class TaskQueue:
    def __init__(self):
        self._tasks = []

    def add(self, fn, *args):
        self._tasks.append((fn, args))

    def run(self):
        q = mp.Queue()
        procs = [
            mp.Process(target=_invoke, args=(fn, args, q, i))
            for i, (fn, args) in enumerate(self._tasks)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
            if p.exitcode != 0:
                raise RuntimeError("task failed")
        res = dict(q.get() for _ in procs)
        return [res[i] for i in range(len(procs))]
