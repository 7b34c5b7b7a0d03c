# Shape: closure of a closure: leaf captures a variable from the outer-outer function; run via Process helper.
import multiprocessing as mp
from lib.bg import run_bg


def outer(k):
    q = mp.Queue()

    def mid(x):
        def leaf():
            q.put(x * k)
        run_bg(leaf)
        return q.get()

    return mid


if __name__ == "__main__":
    print(outer(4)(5))
