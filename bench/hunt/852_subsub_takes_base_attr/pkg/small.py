from concurrent.futures import ThreadPoolExecutor

from pkg.base import Runner


class Threaded(Runner):
    executor_class = ThreadPoolExecutor


class Restored(Threaded):
    executor_class = Runner.executor_class
    workers = 3
