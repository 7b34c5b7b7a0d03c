# none: every lambda here runs in the parent: a sort key evaluated before Process(args=...),
# the predicate of a filter() that Pool.map turns into a list in the parent, and a map()
# that ProcessPoolExecutor.map iterates in the parent.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def show(out, xs):
    out.put(xs)


def double(x):
    return 2 * x


def main():
    q = mp.Queue()
    xs = [3, 1, 2]
    p = mp.Process(target=show, args=(q, sorted(xs, key=lambda v: -v)))
    p.start()
    print(q.get(timeout=10))
    p.join()
    with mp.Pool(2) as pool:
        print(pool.map(double, filter(lambda v: v % 2, xs)))
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(double, map(lambda v: v + 1, xs))))
        print(ex.submit(double, (lambda: 21)()).result())


if __name__ == "__main__":
    main()
