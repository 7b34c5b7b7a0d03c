import multiprocessing


def pmap(fn, xs, n=2):
    ctx = multiprocessing.get_context()
    with ctx.Pool(n) as p:
        return p.map(fn, xs)
