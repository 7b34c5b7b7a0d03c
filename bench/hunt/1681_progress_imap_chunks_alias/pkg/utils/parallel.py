import sys
from multiprocessing import Pool


def progress_map(fn, items, workers=2, chunksize=1, desc="work"):
    out = []
    with Pool(workers) as pool:
        for i, r in enumerate(pool.imap(fn, items, chunksize=chunksize), 1):
            print(f"{desc}: {i}/{len(items)}", file=sys.stderr)
            out.append(r)
    return out
