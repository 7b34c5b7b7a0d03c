import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from pkg.base import Runner


class Small(Runner):
    executor_class = ThreadPoolExecutor


if os.cpu_count() is not None:
    Small.executor_class = ProcessPoolExecutor
