"""Lambda that only reads globals, with imap chunksize."""

from multiprocessing import Pool

SCALE = 7

if __name__ == "__main__":
    with Pool(2) as pool:
        print(list(pool.imap(lambda x: x * SCALE, range(6), chunksize=2)))
