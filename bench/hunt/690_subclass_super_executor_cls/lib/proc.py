from concurrent.futures import ProcessPoolExecutor

from .pool_runner import PoolRunner


class ProcRunner(PoolRunner):
    def __init__(self, workers=2):
        super().__init__(ProcessPoolExecutor, workers)
