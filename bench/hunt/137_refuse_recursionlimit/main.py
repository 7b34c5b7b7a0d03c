# refuse: main raises the recursion limit; forked workers keep it, spawned ones fall back
# to the default and hit RecursionError at depth 3000.
import multiprocessing
import sys

if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    step = 1

    def depth(n):
        try:
            return 0 if n == 0 else step + depth(n - 1)
        except RecursionError:
            return -1

    with multiprocessing.Pool(2) as pool:
        print(pool.map(depth, [10, 3000]))
