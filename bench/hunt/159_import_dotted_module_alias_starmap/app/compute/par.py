from concurrent.futures import ProcessPoolExecutor


def run(fn, jobs, workers=2):
    """Apply ``fn(*job)`` to each job in a process pool."""
    with ProcessPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(fn, *zip(*jobs)))
