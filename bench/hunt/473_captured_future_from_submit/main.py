# WRONGFIX: a captured future made by `ThreadPoolExecutor.submit` (futures are in change 2's
# list only as `concurrent.futures.Future(...)`): "cannot pickle '_thread.RLock' object".
from concurrent.futures import ThreadPoolExecutor
import multiprocessing as mp

if __name__ == "__main__":
    with ThreadPoolExecutor(1) as tp:
        fut = tp.submit(pow, 2, 5)

    def work(x):
        return str(fut.result() + x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
