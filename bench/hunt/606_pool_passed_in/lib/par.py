def chunked_map(pool, fn, xs, size=2):
    chunks = [xs[i:i + size] for i in range(0, len(xs), size)]
    out = []
    for res in pool.map(fn, xs, chunksize=size):
        out.append(res)
    return out
