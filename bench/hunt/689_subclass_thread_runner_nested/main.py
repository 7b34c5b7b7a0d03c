# Shape: class ThreadRunner(Runner) fixes use_processes=False via super().__init__ (base default processes); nested function is fine
from lib.runners import ThreadRunner


def main():
    m = 5

    def mul(x):
        return x * m

    print(ThreadRunner().map(mul, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
