from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
from typing import Literal, Optional

def pmap(f, iterable, *iterables, n_workers: Optional[int] = 2,
         executor: Literal["process", "thread"] = "process"):
    pool = ProcessPoolExecutor if executor == "process" else ThreadPoolExecutor
    with pool(max_workers=n_workers) as ex:
        return list(ex.map(f, iterable, *iterables))
