"""Batch jobs: closures handed to worker pools, in the shapes real job runners take."""

from __future__ import annotations

import functools
import logging
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed

log = logging.getLogger(__name__)
DEFAULT_CHUNK = 16


def run_all(paths, *, workers=4, retries=2, on_error=None):
    prefix = "job"
    seen = set()

    def work(path, attempt=0):
        # Reads prefix and retries from run_all, DEFAULT_CHUNK from the module.
        log.info("%s %s try %d/%d", prefix, path, attempt, retries)
        return len(path) * DEFAULT_CHUNK

    def report(future):
        nonlocal prefix
        prefix = prefix + "!"
        seen.add(future)
        if on_error is not None and future.exception():
            on_error(future.exception())

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(work, p) for p in paths]
        for future in as_completed(futures):
            report(future)
    return {f.result() for f in futures if f not in seen or not f.exception()}


def scale(values, factor, offset=0):
    with mp.Pool() as pool:
        scaled = pool.map(lambda v: v * factor + offset, values)
        keyed = pool.starmap(lambda k, v: (k, v * factor), enumerate(values))
    return scaled, dict(keyed)


def make_worker(config):
    limit = config.get("limit", 10)

    def outer_step(item):
        def inner_step(part):
            # `limit` passes through outer_step to reach here.
            return part[:limit]

        return [inner_step(p) for p in item]

    return outer_step


def retrying(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except OSError as error:
                    last = error
                    log.warning("attempt %d failed: %s", attempt, last)
            raise RuntimeError(f"{func.__name__} failed {times} times")

        return wrapper

    return decorate


@retrying(3)
def fetch(url, timeout=lambda: DEFAULT_CHUNK):
    return url, timeout()


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        del count

    return increment, reset


def configure(level):
    global DEFAULT_CHUNK
    DEFAULT_CHUNK = level * 2

    def show():
        return DEFAULT_CHUNK, level

    return show


if __name__ == "__main__":
    jobs = ["a", "bb", "ccc"]

    def main_work(x):
        return x.upper()

    with mp.get_context("spawn").Pool(2) as p:
        print(p.map(main_work, jobs))
    print(run_all(jobs, workers=2))
