# Shape: def run_remote(*args): fn = args[0]; submit(fn, *args[1:])
# OBSERVED: MISS - no finding; wrapper takes the callable as args[0] of *args (fn, rest = args[0], args[1:]).
from concurrent.futures import ProcessPoolExecutor

_EX = None


def run_remote(*args, **kwargs):
    fn, rest = args[0], args[1:]
    with ProcessPoolExecutor(1) as ex:
        return ex.submit(fn, *rest, **kwargs).result()


def main():
    base = 3
    def work(a, b):
        return a * b + base
    print(run_remote(work, 2, 5))


if __name__ == "__main__":
    main()
