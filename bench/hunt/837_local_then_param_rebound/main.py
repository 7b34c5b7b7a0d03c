# shape: local bound once from kind.lower(); the PARAM is rebound afterwards (local is not); caller kind="Thread" -> thread
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="Thread"))
