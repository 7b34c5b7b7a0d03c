import functools
from multiprocessing import Pool


def _safe_call(fn, item, **kwargs):
    try:
        return fn(item, **kwargs)
    except Exception as exc:  # noqa: BLE001
        return f"error: {exc}"


def safe_map(fn, items, processes=2, **kwargs):
    """Map ``fn`` over ``items`` in a pool; failures become error strings."""
    call = functools.partial(_safe_call, fn, **kwargs)
    with Pool(processes) as pool:
        return pool.map(call, items)
