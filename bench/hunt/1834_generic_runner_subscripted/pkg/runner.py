from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Runner(Generic[T, R]):
    def __init__(self, workers: int = 2) -> None:
        self.workers = workers

    def run(self, fn: Callable[[T], R], items: Iterable[T]) -> "list[R]":
        with ProcessPoolExecutor(self.workers) as ex:
            return list(ex.map(fn, items))
