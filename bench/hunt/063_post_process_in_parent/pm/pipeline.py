from multiprocessing import Pool


def pmap_then(worker, items, post=None, processes=2):
    """Compute ``worker`` in processes, then post-process here."""
    with Pool(processes) as pool:
        results = pool.map(worker, items)
    if post is not None:
        results = [post(r) for r in results]
    return results
