from multiprocessing import Pool


class MapWrapper:
    """Parallelisation wrapper for working with map-like callables (after scipy._lib._util)."""

    def __init__(self, pool=1):
        self.pool = None
        self._mapfunc = map
        self._own_pool = False

        if callable(pool):
            self.pool = pool
            self._mapfunc = self.pool
        else:
            if int(pool) == -1 or int(pool) > 1:
                self.pool = Pool(int(pool) if pool > 0 else None)
                self._mapfunc = self.pool.map
                self._own_pool = True
            elif int(pool) == 1:
                pass
            else:
                raise RuntimeError("Number of workers specified must be -1, an int >= 1, or an object with a 'map' method")

    def __enter__(self):
        return self

    def terminate(self):
        if self._own_pool:
            self.pool.terminate()

    def join(self):
        if self._own_pool:
            self.pool.join()

    def close(self):
        if self._own_pool:
            self.pool.close()

    def __exit__(self, exc_type, exc_value, traceback):
        if self._own_pool:
            self.pool.close()
            self.pool.terminate()

    def __call__(self, func, iterable):
        try:
            return self._mapfunc(func, iterable)
        except TypeError as e:
            raise TypeError("The map-like callable must be of the form f(func, iterable)") from e
