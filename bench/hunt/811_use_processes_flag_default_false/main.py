# SHAPE: NEGATIVE - wrapper run(fn, xs, use_processes=False) picks ThreadPoolExecutor unless asked; main never asks; lambda
# OBSERVED: OK - correct
from pkg.run import run


def main():
    k = 100
    print(run(lambda x: x + k, [1, 2]))


if __name__ == "__main__":
    main()
