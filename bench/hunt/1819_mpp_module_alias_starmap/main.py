# shape: `import multiprocessing.pool as mpp`; run_pairs(fn, pairs) -> mpp.Pool(2).starmap -- nested function of main()
from pkg.par import run_pairs


def main():
    weight = 3

    def combine(a, b):
        return a * weight + b

    print(run_pairs(combine, [(1, 2), (3, 4)]))


if __name__ == "__main__":
    main()
