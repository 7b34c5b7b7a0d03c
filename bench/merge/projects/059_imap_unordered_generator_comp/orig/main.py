"""Lambda inside a generator passed to imap_unordered, results sorted."""

import multiprocessing as mp

if __name__ == "__main__":
    threshold = 4
    with mp.Pool(2) as pool:
        flags = sorted(pool.imap_unordered(lambda n: (n, n > threshold), (i * 2 for i in range(5))))
    print(flags)
