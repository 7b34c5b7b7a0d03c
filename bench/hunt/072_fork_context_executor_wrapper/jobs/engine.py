import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from jobs.settings import MP_CONTEXT


def run_batch(fn, items, workers=2):
    with ProcessPoolExecutor(max_workers=workers, mp_context=MP_CONTEXT) as executor:
        return list(executor.map(fn, items))


def run_one(fn, item):
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as executor:
        return executor.submit(fn, item).result()
