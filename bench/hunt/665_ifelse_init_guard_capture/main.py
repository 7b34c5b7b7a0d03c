# Shape: Runner(processes=True), executor class chosen by if/else in __init__ and kept on self; guard function reads a guard-only variable
from lib.execution import Runner

if __name__ == "__main__":
    factor = 7

    def scale(x):
        return x * factor

    print(Runner(processes=True).run_all(scale, [1, 2, 3]), flush=True)
