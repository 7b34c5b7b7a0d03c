from concurrent.futures import ThreadPoolExecutor

from exe.base import Executor


class LocalExecutor(Executor):
    executor_cls = ThreadPoolExecutor
