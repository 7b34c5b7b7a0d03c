from concurrent.futures import ThreadPoolExecutor


class NamedThreadPool(ThreadPoolExecutor):
    def __init__(self, name, workers=2):
        super().__init__(max_workers=workers, thread_name_prefix=name)
