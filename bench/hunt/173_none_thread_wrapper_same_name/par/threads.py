from concurrent.futures import ThreadPoolExecutor


def pmap(fn, items, workers=4):
    """I/O-bound work: threads share the parent's memory, nothing is pickled."""
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(fn, items))
