# fix: the caller binds the wrapper's options with functools.partial and hands a lambda
# to the partial.
import functools

from launch import procs


def main():
    run = functools.partial(procs.fan_out, workers=2)
    base = 7
    print(run(lambda n: n * base, [1, 2, 3]))


if __name__ == "__main__":
    main()
