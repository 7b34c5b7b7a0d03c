# shape: tqdm/tqdm tqdm/contrib/concurrent.py -- _executor_map(PoolExecutor, fn, *iterables, **kw) receives the executor CLASS; process_map/thread_map pick it
from pkg.concurrent_utils import process_map

if __name__ == "__main__":
    k = 3
    print(process_map(lambda a: a * k, [1, 2, 3], max_workers=2))
