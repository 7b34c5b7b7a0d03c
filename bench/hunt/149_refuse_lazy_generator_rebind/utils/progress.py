import multiprocessing


def imap_progress(fn, items, workers=4):
    total = len(items)
    with multiprocessing.Pool(workers) as pool:
        for done, result in enumerate(pool.imap(fn, items), 1):
            if done == total:
                print(f"done {done}/{total}")
            yield result
