import threading
from concurrent.futures import ProcessPoolExecutor


class BoundedExecutor(ProcessPoolExecutor):
    def __init__(self, *args, bound=4, **kwargs):
        super().__init__(*args, **kwargs)
        self._sem = threading.BoundedSemaphore(bound)

    def submit(self, fn, /, *args, **kwargs):
        self._sem.acquire()
        fut = super().submit(fn, *args, **kwargs)
        fut.add_done_callback(lambda _: self._sem.release())
        return fut
