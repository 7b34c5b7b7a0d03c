from concurrent.futures import ThreadPoolExecutor


def thread_map(fn, items, workers=4):
    """I/O-bound helper: threads, no pickling involved."""
    with ThreadPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(fn, items))
