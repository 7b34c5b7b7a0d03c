# none: each callable here is found by pickle under its qualified name: a module-level
# function under a functools.wraps decorator and under lru_cache, a staticmethod, a
# classmethod and a function of a nested class of a module-level class.
import functools
import multiprocessing as mp


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@timed
def square(x):
    return x * x


@functools.lru_cache(maxsize=None)
def cube(x):
    return x ** 3


class Tasks:
    @staticmethod
    def neg(x):
        return -x

    @classmethod
    def twice(cls, x):
        return 2 * x

    class Inner:
        @staticmethod
        def half(x):
            return x / 2


def main():
    with mp.Pool(2) as pool:
        for fn in (square, cube, Tasks.neg, Tasks.twice, Tasks.Inner.half):
            print(pool.map(fn, [1, 2, 3]))
    q = mp.Queue()
    p = mp.Process(target=Tasks.Inner.half, args=(8,))
    p.start()
    p.join()
    print(p.exitcode)


if __name__ == "__main__":
    main()
