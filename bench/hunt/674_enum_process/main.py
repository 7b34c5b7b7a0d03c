# Shape: Runner(Kind.PROCESS) enum selects the backend with `is` comparisons; guard function
from lib import Kind, Runner

if __name__ == "__main__":
    def neg(x):
        return -x

    print(Runner(Kind.PROCESS).map(neg, [1, 2, 3]), flush=True)
