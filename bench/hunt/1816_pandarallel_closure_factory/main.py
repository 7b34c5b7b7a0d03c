# shape: pandarallel.initialize() sets Frame.parallel_apply = parallelize(nb_workers), a closure that starmaps func over a Pool with extra args; main calls frame.parallel_apply(guard_fn, 5)
from pkg.frame import Frame
from pkg.core import pandarallel

if __name__ == "__main__":
    base = 1000

    def add(row, extra):
        return row + extra + base

    pandarallel.initialize(nb_workers=2)
    print(Frame([1, 2, 3]).parallel_apply(add, 5))
