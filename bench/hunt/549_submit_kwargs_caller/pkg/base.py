from concurrent.futures import ThreadPoolExecutor


class Dispatcher:
    def _executor(self):
        return ThreadPoolExecutor(1)

    def dispatch(self, fn, *args, **kwargs):
        with self._executor() as ex:
            return ex.submit(fn, *args, **kwargs).result()
