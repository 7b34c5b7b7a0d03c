# Shape: recursive nested function in a function, captured var, run via a Process-target helper.
import multiprocessing as mp
from lib.bg import run_bg


def main():
    q = mp.Queue()
    limit = 5

    def fib(n, out=None):
        v = n if n < 2 else fib(n - 1) + fib(n - 2)
        if out is not None:
            out.put(v % limit)
        return v

    run_bg(fib, 10, q)
    print(q.get())


if __name__ == "__main__":
    main()
