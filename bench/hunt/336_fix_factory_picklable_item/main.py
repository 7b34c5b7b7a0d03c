# fix: `tag, inc = make_pair()`; the worker captures only `tag`, a str, while `inc` is a lambda.
import multiprocessing as mp


def make_pair():
    return "t", (lambda v: v + 1)


def main():
    q = mp.Queue()
    tag, inc = make_pair()
    print(inc(1))

    def work(out):
        out.put(tag * 2)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
