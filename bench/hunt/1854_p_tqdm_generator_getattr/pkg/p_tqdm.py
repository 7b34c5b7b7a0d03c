from multiprocessing import Pool


def _parallel(ordered, function, iterable, **kwargs):
    num_cpus = kwargs.pop("num_cpus", 2)
    with Pool(num_cpus) as pool:
        map_type = "imap" if ordered else "imap_unordered"
        map_func = getattr(pool, map_type)
        for item in map_func(function, iterable):
            yield item


def p_map(function, iterable, **kwargs):
    return list(_parallel(True, function, iterable, **kwargs))


def p_umap(function, iterable, **kwargs):
    return list(_parallel(False, function, iterable, **kwargs))
