# refuse: `inc = make_pair()[0]`, a lambda the worker calls.
import multiprocessing as mp


def make_pair():
    return (lambda v: v + 1), "t"


def main():
    q = mp.Queue()
    inc = make_pair()[0]

    def work(out):
        out.put(inc(41))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
