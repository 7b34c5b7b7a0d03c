import functools
import multiprocessing


def sort_chunks(chunks, key, reverse=False):
    job = functools.partial(sorted, key=key, reverse=reverse)
    with multiprocessing.Pool(2) as pool:
        return pool.map(job, chunks)
