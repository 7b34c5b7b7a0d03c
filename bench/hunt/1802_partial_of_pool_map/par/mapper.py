from functools import partial


def make_mapper(pool, fn):
    return partial(pool.map, fn)
