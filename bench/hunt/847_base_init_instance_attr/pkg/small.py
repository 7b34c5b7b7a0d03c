from concurrent.futures import ThreadPoolExecutor

from pkg.base import Runner


class Small(Runner):
    executor_class = ThreadPoolExecutor
