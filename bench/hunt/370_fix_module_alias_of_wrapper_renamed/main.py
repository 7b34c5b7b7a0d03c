# fix: a nested function handed to a module-level alias (`pmap = _parallel_map`) of a
# Process wrapper, imported under yet another name.
from par.api import pmap as fanout


def report(values):
    offset = 100

    def shift(v):
        return v + offset

    return fanout(shift, values)


if __name__ == "__main__":
    print(report([1, 2, 3]))
