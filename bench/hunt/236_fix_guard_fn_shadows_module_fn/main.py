# fix: the guard redefines `work`, which a module-level function also names. Forked, the pool
# workers find __main__.work, the guard's version ([10, 20, 30]). Spawned, pickle finds the
# module-level `work` by the same name and silently runs it ([1, 2, 3]).
from multiprocessing import Pool


def work(x):
    return x


def baseline(xs):
    return [work(x) for x in xs]


if __name__ == "__main__":

    def work(x):
        return x * 10

    with Pool(2) as pool:
        print(pool.map(work, [1, 2, 3]))
    print(baseline([4]))
