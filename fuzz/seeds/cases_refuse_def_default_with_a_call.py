# picklefix-test: refused
from multiprocessing import Pool


def note(label, value):
    print(label)
    return value


def run(values):
    def cap(x, limit=note("cap", 5)):
        return min(x, limit)

    with Pool(2) as pool:
        return pool.map(cap, values)  # PKL003
