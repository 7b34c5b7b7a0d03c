# Shape: class ProcRunner(PoolRunner) passes ProcessPoolExecutor positionally to super().__init__; guard function
from lib.proc import ProcRunner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(ProcRunner().map(sq, [1, 2, 3]), flush=True)
