# shape: backend.lower() (NOT casefold) in (...); caller passes "Prozessstraße": lower keeps ß -> thread
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 6

    def work(x):
        return x - k

    print(pmap(work, [1, 2, 3], backend="Prozessstraße"))
