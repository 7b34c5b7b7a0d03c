from multiprocessing import Pool


def _square(x):
    return x * x


def run(items, on_progress=None):
    out = []
    with Pool(2) as pool:
        for i, value in enumerate(pool.imap(_square, items)):
            if on_progress is not None:
                on_progress(i, value)
            out.append(value)
    return out
