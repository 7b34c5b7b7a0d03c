# Shape: guard-level lambda handed to a Process helper calls a guard-defined helper function.
import multiprocessing as mp
from lib.bg import run_bg

if __name__ == "__main__":
    q = mp.Queue()
    k = 7
    def helper(x):
        return x * k
    run_bg(lambda: q.put(helper(3)))
    print(q.get())
