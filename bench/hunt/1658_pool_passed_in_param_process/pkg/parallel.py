from typing import List, Union
from multiprocessing.pool import Pool

class DumbPool:
    def imap_unordered(self, func, args):
        return map(func, args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        return False

def parallel_imap(func, args, pool: Union[Pool, DumbPool]) -> List:
    return sorted(pool.imap_unordered(func, args))

def get_pool(workers: int) -> Union[Pool, DumbPool]:
    return Pool(workers) if workers > 0 else DumbPool()
