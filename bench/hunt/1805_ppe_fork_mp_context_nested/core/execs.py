import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def fork_executor(workers=2):
    return ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"))
