def chunked_map(pool, fn, xs, size=2):
    return pool.map(fn, xs, chunksize=size)
