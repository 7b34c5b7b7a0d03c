# Shape (refuse/late binding): lambdas created in a loop capture the loop var; all run later via a Process helper.
import multiprocessing as mp
from lib.bg import run_all


if __name__ == "__main__":
    q = mp.Queue()
    fns = []
    for i in range(3):
        fns.append(lambda: q.put(i))
    run_all(fns)
    print(sorted(q.get() for _ in range(3)))
