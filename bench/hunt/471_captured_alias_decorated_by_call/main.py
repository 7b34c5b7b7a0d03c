# WRONGFIX: `double = timed(double)` (the decorator applied by assignment, no functools.wraps)
# then a captured alias `op = double`. The `@timed` form is refused; this one fails under
# spawn/forkserver with "Can't pickle local object 'timed.<locals>.wrapper'".
import multiprocessing as mp


def timed(fn):
    def wrapper(*args):
        return fn(*args)

    return wrapper


def double(x):
    return 2 * x


double = timed(double)

if __name__ == "__main__":
    op = double

    def work(x):
        return op(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
