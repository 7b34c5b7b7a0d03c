# Shape: Parallel(n_jobs=1) runs serially in the parent; capturing lambda is fine
from lib.parallel import Parallel


def main():
    step = 5
    print(Parallel(n_jobs=1).map(lambda x: x + step, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
