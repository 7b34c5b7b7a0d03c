# fix: `run_parallel`, re-exported by the package, maps over the executor a factory of a
# third module returns.
from par import run_parallel

if __name__ == "__main__":
    prefix = "item-"

    def label(n):
        return prefix + str(n)

    print(run_parallel(label, range(3)))
