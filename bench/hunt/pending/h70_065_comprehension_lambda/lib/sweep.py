from lib.par import pmap


def sweep(offsets, xs):
    return [pmap(lambda x: x + o, xs) for o in offsets]
