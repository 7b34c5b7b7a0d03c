# start_logged logs vars(logged)['__wrapped__'].__qualname__, the callable's, which a lift changes.
import functools
import inspect
import operator
import multiprocessing


def start_logged(fn, *args):
    @functools.wraps(fn)
    def logged(*a):
        return None

    print("starting", vars(logged)["__wrapped__"].__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 7

    def work(out):
        out.put(base * 4)

    p = start_logged(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
