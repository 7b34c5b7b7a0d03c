# Shape: two lambdas in one function, handed to a Process-target helper; names of lifted fns must not collide.
import multiprocessing as mp
from lib.bg import run_bg


def main():
    q = mp.Queue()
    a, b = 2, 3
    run_bg(lambda: q.put(("a", a)))
    run_bg(lambda: q.put(("b", b)))
    print(sorted([q.get(), q.get()]))


if __name__ == "__main__":
    main()
