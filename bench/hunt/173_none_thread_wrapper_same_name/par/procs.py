from concurrent.futures import ProcessPoolExecutor


def pmap(fn, items, workers=2):
    """CPU-bound work: ``fn`` must be importable by name."""
    with ProcessPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(fn, items))
