# Shape: list comprehension of lambdas over a loop var, list handed to a Process helper (late binding: all see last value).
import multiprocessing as mp
from lib.bg import run_all


def main():
    q = mp.Queue()
    run_all([lambda: q.put(i) for i in range(3)])
    print(sorted(q.get() for _ in range(3)))


if __name__ == "__main__":
    main()
