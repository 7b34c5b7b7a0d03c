# shape: catalyst-team/catalyst utils/parallel.py parallel_imap(func, args, pool) -- pool parameter, caller builds a plain multiprocessing.Pool (no project factory)
from multiprocessing import Pool
from pkg.parallel import parallel_imap

if __name__ == "__main__":
    k = 5
    with Pool(2) as p:
        print(parallel_imap(lambda x: x * k, [1, 2], p))
