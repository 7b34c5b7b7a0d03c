from multiprocessing import Pool


def timed_map(fn, xs):
    print("running", fn.__name__)
    with Pool(2) as p:
        return sorted(p.map(fn, xs))
