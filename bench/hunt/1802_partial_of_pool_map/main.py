# shape: a package helper returns functools.partial(pool.map, fn) -- the mapper is built in one module and called in another; lambda
from multiprocessing import Pool

from par.mapper import make_mapper

if __name__ == "__main__":
    with Pool(2) as pool:
        sq = make_mapper(pool, lambda x: x * x)
        print(sq(range(4)))
