# Shape (negative): same pool-passing helper, caller passes a multiprocessing.pool.ThreadPool and a lambda.
from multiprocessing.pool import ThreadPool
from lib.par import chunked_map

if __name__ == "__main__":
    k = 4
    with ThreadPool(2) as pool:
        print(chunked_map(pool, lambda x: x + k, list(range(5))))
