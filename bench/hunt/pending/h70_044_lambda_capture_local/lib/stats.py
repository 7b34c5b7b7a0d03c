from lib.par import pmap


def zscores(xs):
    mu = sum(xs) / len(xs)
    sd = 1.0
    return pmap(lambda x: (x - mu) / sd, xs)
