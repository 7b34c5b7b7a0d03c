from concurrent.futures import ProcessPoolExecutor


class TracedExecutor(ProcessPoolExecutor):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._printed = False

    def submit(self, fn, /, *args, **kwargs):
        if not self._printed:
            print("submit", fn.__name__)
            self._printed = True
        return super().submit(fn, *args, **kwargs)
