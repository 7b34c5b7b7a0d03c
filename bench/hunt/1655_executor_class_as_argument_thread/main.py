# shape: tqdm/tqdm tqdm/contrib/concurrent.py -- thread_map twin
from pkg.concurrent_utils import thread_map

if __name__ == "__main__":
    k = 3
    print(thread_map(lambda a: a * k, [1, 2, 3], max_workers=2))
