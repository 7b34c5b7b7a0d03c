# refuse: the default `scale=factor` is evaluated when `work` is defined (factor == 2). Forked,
# the child prints 20. A lift binding the default at the call site reads factor there, 3, and
# prints 30.
import multiprocessing as mp


def main():
    q = mp.Queue()
    factor = 2

    def work(out, n, scale=factor):
        out.put(n * scale)

    factor = 3
    p = mp.Process(target=work, args=(q, 10))
    p.start()
    print(q.get(timeout=10), factor)
    p.join()


if __name__ == "__main__":
    main()
