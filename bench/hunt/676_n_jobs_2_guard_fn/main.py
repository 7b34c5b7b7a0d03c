# Shape: Parallel(n_jobs=2) (n_jobs == 1 means serial); guard function
from lib.parallel import Parallel

if __name__ == "__main__":
    def inc(x):
        return x + 1

    print(Parallel(n_jobs=2).map(inc, [1, 2, 3]), flush=True)
