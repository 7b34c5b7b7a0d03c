from .runners import Runner


def go(r: Runner, k):
    return r.map(lambda x, q: q.put(x * k), [1, 2, 3])
