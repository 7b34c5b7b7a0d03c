# shape: mode.strip().upper() != "THREADS" -> process; caller passes "  threads\n" (folds to THREADS)
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 4

    def work(x):
        return x + k

    print(pmap(work, [1, 2, 3], mode="  threads\n"))
