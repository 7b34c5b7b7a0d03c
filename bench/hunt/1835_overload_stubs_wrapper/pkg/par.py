from multiprocessing import Pool
from typing import Callable, List, overload


@overload
def pmap(fn: Callable[[int], int], items: List[int]) -> List[int]: ...
@overload
def pmap(fn: Callable[[str], str], items: List[str]) -> List[str]: ...
def pmap(fn, items):
    with Pool(2) as pool:
        return pool.map(fn, items)
