# SHAPE: guard fn reports progress into a guard-global multiprocessing.Queue inherited by forked workers; passed to wrapper pkg.par.pmap (a partial carrying the Queue cannot be pickled -> must refuse)
# OBSERVED: OK - correct
import multiprocessing as mp

from pkg.par import pmap

if __name__ == "__main__":
    progress = mp.Queue()

    def work(x):
        progress.put(x)
        return x * 2

    res = pmap(work, [1, 2, 3])
    done = sorted(progress.get() for _ in range(3))
    print(res, done)
