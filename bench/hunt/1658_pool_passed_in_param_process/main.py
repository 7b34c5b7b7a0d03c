# shape: catalyst-team/catalyst utils/parallel.py (search 'Multiprocessing and tqdm wrapper for easy paralelizing', DumbPool/parallel_imap/get_pool) -- the pool is a parameter typed Union[Pool, DumbPool], made by get_pool(workers)
from pkg.parallel import get_pool, parallel_imap

if __name__ == "__main__":
    k = 5
    with get_pool(2) as pool:
        print(parallel_imap(lambda x: x * k, [1, 2, 3], pool))
