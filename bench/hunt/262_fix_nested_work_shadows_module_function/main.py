# fix: a nested `work` shares its name with a module-level function that `summary` calls; the
# lifted function must not replace the module-level one.
import multiprocessing as mp


def work(x):
    return -x


def summary(xs):
    return [work(x) for x in xs]


def main():
    q = mp.Queue()
    k = 3

    def work(out):
        out.put(k * 11)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(summary([1, 2]))


if __name__ == "__main__":
    main()
