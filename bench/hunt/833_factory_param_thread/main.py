# shape: factory make_executor(kind) with casefold; wrapper passes its own param `how`; caller how="Threads" -> thread
# OBSERVED: OK - no finding (correct)
from pkg.par import pmap

if __name__ == "__main__":
    k = 11

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], how="Threads"))
