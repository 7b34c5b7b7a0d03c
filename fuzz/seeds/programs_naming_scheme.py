from multiprocessing import Pool

STATE = {}


def work(x):
    return x + 100


def seeded(x):
    return x + STATE["seed"]


class Trainer:
    def __init__(self, seed):
        self.seed = seed
        with Pool(1, initializer=lambda: STATE.update(seed=seed)) as pool:  # PKL002
            print(pool.map(seeded, [1, 2]))
            print(pool.map(lambda x: x * seed, [1, 2]))  # PKL002

    def run(self, factor):
        def work(x):
            return x * factor

        with Pool(1) as pool:
            print(pool.map(work, [1, 2]))  # PKL003
            negated = pool.map(lambda x: -x, [1])  # PKL002
            print(negated, pool.map(lambda x: x - 1, [1]))  # PKL002
        print(globals()["work"](1))


if __name__ == "__main__":
    Trainer(10).run(3)
