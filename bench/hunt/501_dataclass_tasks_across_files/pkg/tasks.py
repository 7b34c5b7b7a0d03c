from dataclasses import dataclass, field
from concurrent.futures import ProcessPoolExecutor
from typing import Callable
@dataclass
class Task:
    fn: Callable
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
def run_tasks(tasks):
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(t.fn, *t.args, **t.kwargs) for t in tasks]
        return [f.result() for f in futs]
