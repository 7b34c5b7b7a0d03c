from multiprocessing import Pool


def sort_then_map(worker, items, key=None, processes=2):
    """Order the work (largest first, say) in the parent, then map ``worker``."""
    ordered = sorted(items, key=key)
    with Pool(processes) as pool:
        return list(zip(ordered, pool.map(worker, ordered)))
