# start_logged logs fn.__code__.co_qualname, which a lift changes from main.<locals>.work to work.
import functools
import inspect
import operator
import multiprocessing


def start_logged(fn, *args):
    @functools.wraps(fn)
    def logged(*a):
        return None

    print("starting", fn.__code__.co_qualname)
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
