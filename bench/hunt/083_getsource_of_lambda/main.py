import inspect
import multiprocessing


def start_described(fn, *args):
    print("source:", inspect.getsource(fn).strip())
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    m = 3
    q = multiprocessing.Queue()
    p = start_described(lambda out: out.put(m * 2), q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
