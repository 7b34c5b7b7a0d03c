# start_logged logs inspect.unwrap(fn).__qualname__, which a lift changes from main.<locals>.work to work.
import inspect
import multiprocessing


def start_logged(fn, *args):
    print("starting", inspect.unwrap(fn).__qualname__)
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
