# shape: tqdm.contrib.concurrent layout: tq/contrib/concurrent.py (a module named `concurrent`) imports concurrent.futures.ProcessPoolExecutor inside process_map and passes the class to _executor_map(PoolExecutor, fn, *iterables, **kwargs) -- lambda
from tq.contrib.concurrent import process_map

if __name__ == "__main__":
    k = 1
    print(process_map(lambda x: x ** 2 + k, range(4), max_workers=2, desc="sq"))
