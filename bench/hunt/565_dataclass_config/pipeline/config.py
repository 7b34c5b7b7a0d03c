from dataclasses import dataclass
from multiprocessing import Pool


@dataclass
class PipelineConfig:
    n_workers: int = 1
    chunksize: int = 1

    def parallel_apply(self, fn, items):
        with Pool(self.n_workers) as pool:
            return pool.map(fn, items, chunksize=self.chunksize)
