# shape: same backend-argument helper with the default (process) -- nested fn must be lifted
from core.par import parallel_map


def main():
    k = 3

    def mul(x):
        return x * k

    print(parallel_map(mul, [1, 2, 3]))


if __name__ == "__main__":
    main()
