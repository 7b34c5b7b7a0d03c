import multiprocessing as mp


def pmap(fn, xs):
    ctx = mp.get_context()
    with ctx.Pool(2) as p:
        return p.map(fn, xs)
