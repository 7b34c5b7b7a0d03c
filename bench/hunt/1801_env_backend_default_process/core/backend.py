import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def executor_for_env(workers=2):
    kind = os.environ.get("APP_EXECUTOR", "process")
    if kind == "thread":
        return ThreadPoolExecutor(workers)
    return ProcessPoolExecutor(workers)
