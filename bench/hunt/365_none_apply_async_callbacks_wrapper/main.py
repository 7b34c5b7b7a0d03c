# none: the nested `collect` and the lambda are the callback and error_callback of
# apply_async, through a helper of another module; they run in the parent's result
# thread and are never pickled. The worker is a module-level function of the package.
import multiprocessing

from jobs.submit import submit_all
from jobs.tasks import square


def main():
    results = []
    errors = []

    def collect(value):
        results.append(value)

    with multiprocessing.Pool(2) as pool:
        submit_all(pool, square, [1, -2, 3], collect, lambda e: errors.append(repr(e)))
        pool.close()
        pool.join()
    print(sorted(results), errors)


if __name__ == "__main__":
    main()
