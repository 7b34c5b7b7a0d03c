from multiprocessing.pool import ThreadPool


def _ident(x):
    return x


class Runner:
    def _make_pool(self, initializer):
        return ThreadPool(2, initializer=initializer)

    def run(self, items, setup):
        with self._make_pool(setup) as pool:
            return pool.map(_ident, items)
