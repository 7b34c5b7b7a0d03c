# Shape: Pipeline(steps: list[Callable]) runs pool.map(self._run_item, items); the bound method pickles
# OBSERVED: MISS - no finding; bound method self._run_item pickles the instance whose steps list holds a lambda (fails under fork too).
# the instance, whose steps list holds a lambda -> fails under every start method.
from typing import Callable
from multiprocessing import Pool


class Pipeline:
    def __init__(self, steps: "list[Callable]"):
        self.steps = steps

    def _run_item(self, x):
        for s in self.steps:
            x = s(x)
        return x

    def run(self, items):
        with Pool(2) as pool:
            return pool.map(self._run_item, items)


def main():
    p = Pipeline([str.strip, lambda s: s.upper()])
    print(p.run([" a ", " b"]))


if __name__ == "__main__":
    main()
