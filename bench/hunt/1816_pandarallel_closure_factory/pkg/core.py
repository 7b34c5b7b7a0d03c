from multiprocessing import Pool

from .frame import Frame


def parallelize(nb_workers):
    def closure(data, func, *args):
        with Pool(nb_workers) as pool:
            return Frame(pool.starmap(func, [(row, *args) for row in data.rows]))

    return closure


class pandarallel:
    @staticmethod
    def initialize(nb_workers=2):
        Frame.parallel_apply = parallelize(nb_workers)
