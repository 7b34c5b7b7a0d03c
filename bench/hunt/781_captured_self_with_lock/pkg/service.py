import multiprocessing as mp
import threading

from .procs import spawn_worker


class Service:
    def __init__(self, seed):
        self.seed = seed
        self._lock = threading.Lock()

    def _compute(self, q):
        with self._lock:
            q.put(self.seed * 6)

    def compute_in_background(self):
        q = mp.Queue()
        p = spawn_worker(lambda: self._compute(q))
        res = q.get()
        p.join()
        return res
