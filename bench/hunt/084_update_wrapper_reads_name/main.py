import functools
import multiprocessing


def start_logged(fn, *args):
    def logged(*a):
        return fn(*a)

    functools.update_wrapper(logged, fn)
    print("starting", logged.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 9

    def work(out):
        out.put(base * 4)

    p = start_logged(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
