from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from pkg.base import Runner


class Small(Runner):
    executor_class = ThreadPoolExecutor  # tried threads first...
    workers = 3
    executor_class = ProcessPoolExecutor  # ...but the CPU-bound work needs processes
