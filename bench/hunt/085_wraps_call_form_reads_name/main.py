import functools
import multiprocessing


def start_logged(fn, *args):
    def logged(*a):
        return fn(*a)

    logged = functools.wraps(fn)(logged)
    print("starting", logged.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 10
    p = start_logged(lambda out: out.put(base * 4), q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
