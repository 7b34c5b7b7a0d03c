from multiprocessing import Pool


class AsyncPool:
    def __init__(self, processes=2):
        self._pool = Pool(processes)

    def submit(self, fn, args=(), on_done=None, on_error=None):
        return self._pool.apply_async(fn, args, callback=on_done, error_callback=on_error)

    def close(self):
        self._pool.close()
        self._pool.join()
