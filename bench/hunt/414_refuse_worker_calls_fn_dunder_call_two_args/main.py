# Tests: like 413, but _call does fn.__call__(item, i): 2 positional, fills b.
# Observed: MISS - no finding at all; spawn crashes pickling the lambda in Process args.
from pkg.par import pmap


def main():
    base = 100
    print(pmap(lambda x, b=base: (x, b), [10, 20]))


if __name__ == "__main__":
    main()
