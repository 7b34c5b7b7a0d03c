# picklefix-test: unsafe-fixes
from multiprocessing import Pool


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def run(self, values):
        def apply(v):
            return v * self.factor

        with Pool(2) as pool:
            return pool.map(apply, values)  # PKL003


if __name__ == "__main__":
    print(Scaler(2).run([1, 2, 3]))
