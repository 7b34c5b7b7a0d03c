# SHAPE: NEGATIVE - multiprocessing.dummy imported as `from multiprocessing import dummy`; wrapper in another module; lambda
# OBSERVED: OK - correct
from pkg.conc import run_all


def main():
    k = 2
    print(run_all(lambda x: x * k, [1, 2, 3]))


if __name__ == "__main__":
    main()
