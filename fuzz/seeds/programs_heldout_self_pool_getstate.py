# picklefix-test: unsafe-fixes
from multiprocessing import Pool


class Pipeline:
    def __init__(self, step):
        self.step = step
        self.pool = Pool(2)

    def run(self, xs):
        def stage(x):
            return self.transform(x) + 1

        try:
            return self.pool.map(stage, xs)  # PKL003
        finally:
            self.pool.close()
            self.pool.join()

    def transform(self, x):
        return x * self.step

    def __getstate__(self):
        d = self.__dict__.copy()
        d.pop("pool", None)
        return d


if __name__ == "__main__":
    print(Pipeline(4).run([1, 2, 3]))
