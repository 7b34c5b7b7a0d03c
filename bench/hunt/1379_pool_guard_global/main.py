# package init turns par's USE_THREADS flag off so pmap picks multiprocessing Pool over ThreadPool; the guard function reads a guard-level constant -> process
from pkg import par

if __name__ == "__main__":
    OFFSET = 100

    def shift(x):
        return x + OFFSET

    print(par.pmap(shift, [1, 2, 3]))
