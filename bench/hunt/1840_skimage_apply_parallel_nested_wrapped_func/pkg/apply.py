from multiprocessing import Pool


def _chunks(seq, n):
    size = (len(seq) + n - 1) // n
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def apply_parallel(function, array, chunks=2, extra_arguments=(), extra_keywords=None):
    if extra_keywords is None:
        extra_keywords = {}

    def wrapped_func(arr):
        return function(arr, *extra_arguments, **extra_keywords)

    with Pool(chunks) as pool:
        parts = pool.map(wrapped_func, _chunks(array, chunks))
    return [x for part in parts for x in part]
