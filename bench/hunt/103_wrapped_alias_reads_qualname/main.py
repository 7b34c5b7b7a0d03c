# start_logged logs the __qualname__ of logged.__wrapped__ through a variable, the callable, which a lift changes.
import functools
import inspect
import operator
import multiprocessing


def start_logged(fn, *args):
    @functools.wraps(fn)
    def logged(*a):
        return None

    inner = logged.__wrapped__
    print("starting", inner.__qualname__)
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
