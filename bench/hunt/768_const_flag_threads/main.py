# SHAPE: NEGATIVE - pkg.conf USE_THREADS = True; pkg.par picks `Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor`; lambda passed
# OBSERVED: FALSE - reported lambda as handed to ProcessPoolExecutor.map though USE_THREADS=True selects ThreadPoolExecutor
from pkg.par import pmap


def main():
    k = 3
    print(pmap(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
