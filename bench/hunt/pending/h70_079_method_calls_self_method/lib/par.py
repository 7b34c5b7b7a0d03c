def pmap_on(pool, fn, xs):
    return pool.map(fn, xs)
