import functools
import multiprocessing


def start_traced(fn, *args):
    @functools.wraps(fn)
    def traced(*a):
        return fn(*a)

    print("tracing", traced.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 2

    def work(out):
        out.put(base ** 10)

    p = start_traced(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
