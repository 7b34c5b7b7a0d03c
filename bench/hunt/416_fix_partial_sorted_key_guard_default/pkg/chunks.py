import functools
import itertools
import multiprocessing as mp


def _apply_all(f, chunk):
    return [f(x) for x in chunk]


def _apply_pairs(f, chunk):
    return list(itertools.starmap(f, zip(chunk, chunk)))


def process_chunks(chunks, key):
    job = functools.partial(sorted, key=key)
    with mp.Pool(2) as pool:
        return pool.map(job, chunks)
