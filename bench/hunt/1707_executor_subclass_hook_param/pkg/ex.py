from concurrent.futures import ProcessPoolExecutor


class InitExecutor(ProcessPoolExecutor):
    def __init__(self, hook, workers=2):
        super().__init__(max_workers=workers, initializer=hook)
