from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, x):
        return x * self.factor

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def name(cls, x):
        return f"{cls.__name__}-{x}"


def main():
    m = Multiplier(3)
    with Pool(2) as pool:
        print(pool.map(m.apply, [1, 2]))
        print(pool.map(Multiplier.twice, [1, 2]))
        print(pool.map(Multiplier.name, [1]))
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(executor.submit(Multiplier(5).apply, 2).result(timeout=10))


if __name__ == "__main__":
    main()
