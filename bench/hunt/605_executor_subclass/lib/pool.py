from concurrent.futures import ProcessPoolExecutor


class LoggingExecutor(ProcessPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        return super().submit(fn, *args, **kwargs)
