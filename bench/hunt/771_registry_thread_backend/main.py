# SHAPE: NEGATIVE - dict registry of backends (as 005) but caller passes backend="thread" explicitly; nested fn
# OBSERVED: OK - correct
from pkg.backends import run


def main():
    base = 7

    def mod(x):
        return x % base

    print(run(mod, [10, 20, 30], backend="thread"))


if __name__ == "__main__":
    main()
