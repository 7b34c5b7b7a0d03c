# shape: kind.strip("x").lower() == "process"; caller passes " process " (strip("x") keeps spaces -> thread)
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 5

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind=" process "))
