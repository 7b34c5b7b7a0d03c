from multiprocessing import Pool

_STATE = {}


class ProcessPool:
    def __init__(self, nodes=2):
        self.nodes = nodes

    def _serve(self):
        pool = _STATE.get(self.nodes)
        if pool is None:
            pool = _STATE[self.nodes] = Pool(self.nodes)
        return pool

    def map(self, f, *args):
        return self._serve().starmap(f, zip(*args))

    def amap(self, f, *args):
        return self._serve().starmap_async(f, zip(*args))

    def clear(self):
        pool = _STATE.pop(self.nodes, None)
        if pool is not None:
            pool.close()
            pool.join()
