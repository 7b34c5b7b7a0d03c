import multiprocessing as mp

from .procs import spawn_worker


class Report:
    def __init__(self, prefix):
        self.prefix = prefix

    def fmt(self, row):
        return self.prefix + row

    def render_parallel(self, rows):
        q = mp.Queue()
        procs = [spawn_worker(lambda row, out: out.put(self.fmt(row)), r, q) for r in rows]
        res = sorted(q.get() for _ in procs)
        for p in procs:
            p.join()
        return res
