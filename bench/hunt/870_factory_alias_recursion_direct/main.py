# shape: factory with kind.lower() == "process" branch plus an alias branch that recurses make_executor("process"); caller kind="Process"
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="Process"))
