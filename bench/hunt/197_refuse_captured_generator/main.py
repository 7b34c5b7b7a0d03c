# refuse: the nested worker captures a generator, which cannot be pickled, so it cannot
# be passed to a spawned child as an argument.
import itertools
import multiprocessing as mp

from jobs import background


def main():
    q = mp.Queue()
    ids = (f"id{n}" for n in itertools.count(1))
    next(ids)

    def work(out, k):
        out.put([next(ids) for _ in range(k)])

    p = background(work, q, 3)
    print(q.get(timeout=10), next(ids))
    p.join()


if __name__ == "__main__":
    main()
