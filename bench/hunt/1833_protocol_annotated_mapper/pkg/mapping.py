from multiprocessing import Pool
from typing import Callable, Iterable, Protocol


class Mapper(Protocol):
    def map(self, fn: Callable, items: Iterable) -> list:
        ...


class SerialMapper:
    def map(self, fn, items):
        return [fn(x) for x in items]


class ProcessMapper:
    def __init__(self, processes=2):
        self.processes = processes

    def map(self, fn, items):
        with Pool(self.processes) as pool:
            return pool.map(fn, items)


def transform(mapper: Mapper, fn, items):
    return sorted(mapper.map(fn, items))
