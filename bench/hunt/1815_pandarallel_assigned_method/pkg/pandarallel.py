from multiprocessing import Pool

from .frame import Frame


def _parallel_apply(self, func, nb_workers=2):
    with Pool(nb_workers) as pool:
        return Frame(pool.map(func, self.rows))


def initialize():
    Frame.parallel_apply = _parallel_apply
