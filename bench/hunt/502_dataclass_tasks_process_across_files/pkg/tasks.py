from dataclasses import dataclass
from multiprocessing import Process, Queue
from typing import Callable
@dataclass
class Job:
    target: Callable
    arg: int
def run_jobs(jobs):
    q = Queue()
    ps = [Process(target=j.target, args=(q, j.arg)) for j in jobs]
    for p in ps:
        p.start()
    out = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    return out
