from multiprocessing import Pool


def _finish(x):
    return x + 1


def prep_then_map(prep, xs, n=2):
    staged = [prep(x) for x in xs]
    with Pool(n) as p:
        return p.map(_finish, staged)
