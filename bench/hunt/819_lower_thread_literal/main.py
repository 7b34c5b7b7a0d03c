# shape: wrapper tests kind.lower() == "process" (default process); caller passes kind="THREAD"
# OBSERVED: OK - no finding (correct)
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="THREAD"))
