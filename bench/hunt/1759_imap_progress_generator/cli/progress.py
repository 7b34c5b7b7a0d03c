from multiprocessing import Pool


def imap_progress(fn, items, processes=2):
    items = list(items)
    with Pool(processes) as pool:
        for i, res in enumerate(pool.imap(fn, items), 1):
            print(f"progress {i}/{len(items)}", flush=True)
            yield res
