import functools
import multiprocessing


def start_logged(fn, *args):
    @functools.wraps(fn)
    def logged(*a):
        return fn(*a)

    print("starting", logged.__wrapped__.__qualname__)
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
