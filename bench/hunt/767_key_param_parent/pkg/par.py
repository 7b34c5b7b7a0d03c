from multiprocessing import Pool


def pmap_sorted(fn, xs, key=None, postprocess=None):
    with Pool(2) as pool:
        out = pool.map(fn, xs)
    if postprocess is not None:
        out = [postprocess(v) for v in out]
    return sorted(out, key=key)
