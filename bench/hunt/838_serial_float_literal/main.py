# shape: `serial = n_jobs == 1`; caller passes n_jobs=1.0 (== 1) -> serial, parent only
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], n_jobs=1.0))
