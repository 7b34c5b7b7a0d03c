# picklefix-test: refused
from multiprocessing import Pool


def render(xs, verbose):
    if verbose:
        prefix = "> "
    with Pool(2) as pool:
        return pool.map(lambda x: prefix + x if verbose else x, xs)  # PKL002


if __name__ == "__main__":
    print(render(["a", "b"], False))
