# shape: pmap(fn, /, *iterables, workers=2) -> ProcessPoolExecutor.map(fn, *iterables) -- a positional-only callable parameter, nested function of main()
from pkg.par import pmap


def main():
    sep = "-"

    def join(a, b):
        return f"{a}{sep}{b}"

    print(pmap(join, ["x", "y"], ["1", "2"], workers=2))


if __name__ == "__main__":
    main()
