# fix: the target lambda calls next(ids) in the child. Forked, the parent's counter is left
# alone, so the child gets 0 and the parent's next id is 0 too. A rewrite to
# target=report, args=(q, next(ids)) would advance the parent's counter (parent prints 1).
import itertools
import multiprocessing as mp


def report(out, n):
    out.put(f"job {n}")


def main():
    q = mp.Queue()
    ids = itertools.count()
    p = mp.Process(target=lambda: report(q, next(ids)))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print("next id in parent:", next(ids))


if __name__ == "__main__":
    main()
