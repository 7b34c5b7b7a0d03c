from concurrent.futures import ThreadPoolExecutor


class NamedThreads(ThreadPoolExecutor):
    def __init__(self, n):
        super().__init__(n, thread_name_prefix="named")
