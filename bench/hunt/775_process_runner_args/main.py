# SHAPE: run_isolated(fn, *args) in pkg.isolate hands fn inside Process(args=(fn, q, args)) to a module-level _runner; nested function calling another nested function
# OBSERVED: OK - correct
from pkg.isolate import run_isolated


def main():
    factor = 4

    def helper(x):
        return x * factor

    def task(x, y):
        return helper(x) + y

    print([run_isolated(task, i, 1) for i in range(3)])


if __name__ == "__main__":
    main()
