# Shape: lambda with *args/**kwargs handed to a Process helper that forwards positional args.
import multiprocessing as mp
from lib.bg import run_bg

if __name__ == "__main__":
    q = mp.Queue()
    base = 100
    run_bg(lambda *a, **kw: q.put(base + sum(a)), 1, 2)
    print(q.get())
