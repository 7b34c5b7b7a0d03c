# SHAPE: pkg.par.pmap uses a lazily created module-level Pool kept across calls (forked at the first call); guard global `factor` is reassigned between two pmap calls, so under fork the second call still sees factor=2 (a lift passing factor at the call changes output -> must refuse)
# OBSERVED: WRONGFIX - lifted with partial(factor=factor) at each call; under spawn second call prints [5, 10] instead of fork's [2, 4]
from pkg.par import pmap, close

if __name__ == "__main__":
    factor = 2

    def scale(x):
        return x * factor

    first = pmap(scale, [1, 2])
    factor = 5
    second = pmap(scale, [1, 2])
    close()
    print(first, second)
