from multiprocessing import Pool


def square(x):
    return x * x


def negate(x):
    return -x


def main():
    ops = {"sq": square, "neg": negate, "show": lambda v: print(v)}
    with Pool(2) as pool:
        for name in ("sq", "neg"):
            ops["show"](pool.map(ops[name], [1, 2, 3]))


if __name__ == "__main__":
    main()
