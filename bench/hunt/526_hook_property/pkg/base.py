from multiprocessing.pool import ThreadPool


class Runner:
    @property
    def pool(self):
        return ThreadPool(2)

    def run(self, fn, items):
        with self.pool as p:
            return p.map(fn, items)
