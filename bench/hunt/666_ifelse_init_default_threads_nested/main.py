# Shape: Runner() default processes=False -> threads; nested function is fine
from lib.execution import Runner


def main():
    factor = 7

    def scale(x):
        return x * factor

    print(Runner().run_all(scale, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
