import pickle
from multiprocessing import Pool


def _picklable(obj):
    try:
        pickle.dumps(obj)
    except Exception:  # noqa: BLE001
        return False
    return True


def robust_map(fn, items, processes=2):
    """Use a pool when ``fn`` can travel to workers, else run here."""
    if not _picklable(fn):
        return [fn(x) for x in items]
    with Pool(processes) as pool:
        return pool.map(fn, items)
