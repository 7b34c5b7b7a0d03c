def transform_all(pool, fn, values, chunksize=1):
    """Apply ``fn`` to every value using whatever pool the caller owns."""
    return pool.map(fn, values, chunksize)
