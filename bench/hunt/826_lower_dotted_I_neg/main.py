# shape: kind.lower() == "pid"; caller passes "PİD" (U+0130 lowers to i + combining dot) -> thread
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 7

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="PİD"))
