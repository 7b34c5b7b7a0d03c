# refuse: `retry` (deco/retry.py) wraps the nested worker in a closure of its own that is not
# a plain pass-through (it loops and counts attempts); lifting `work` still leaves the
# decorated value a nested closure, and the decorator cannot be told to pass the capture on.
import multiprocessing as mp

from deco.retry import retry


def main():
    q = mp.Queue()
    bad = {1}

    @retry(times=3)
    def work(out, n):
        if n in bad:
            bad.discard(n)
            raise ValueError(n)
        out.put(n * 10)

    p = mp.Process(target=work, args=(q, 1))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
