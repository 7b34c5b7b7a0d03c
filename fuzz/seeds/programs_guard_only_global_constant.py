from multiprocessing import Pool

LABEL = "job"


def helper(x):
    return x + offset


def work(i):
    return helper(i) * scale


def show(i):
    return f"{LABEL}-{i}"


def main(rounds):
    with Pool(2) as pool:
        print(pool.map(lambda i: helper(i) - 1, range(rounds)))  # PKL002 PKL006


# Run as a script.
if __name__ == "__main__":
    scale = 3  # tuned by hand
    offset = 1
    rounds = len("abc")
    with Pool(2) as pool:
        print(pool.map(work, range(rounds)))  # PKL006
        print(pool.map(show, range(2)))
    main(rounds)
