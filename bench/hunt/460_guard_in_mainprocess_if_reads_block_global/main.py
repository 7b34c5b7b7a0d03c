# BROKEN: a guard nested in `if mp.current_process().name == "MainProcess":` (change 1) is found and
# `work` is lifted above the `if`, still reading SCALE as a global. SCALE is bound only by that
# `if`, which a spawned worker skips (its process name is already "SpawnPoolWorker-N" when it
# imports the main module): NameError in every task under spawn and forkserver. A name bound by
# an enclosing module-level block whose condition may not hold in a worker must be passed like a
# guard-only name (or the lift refused).
import multiprocessing as mp
from multiprocessing import Pool

if mp.current_process().name == "MainProcess":
    SCALE = 3
    if __name__ == "__main__":

        def work(x):
            return x * SCALE

        with Pool(2) as p:
            print(p.map(work, [1, 2, 3]))
