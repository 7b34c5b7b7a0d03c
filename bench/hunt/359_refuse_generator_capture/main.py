# refuse: the nested worker draws from `ids`, a generator the parent made and advanced
# twice; forked, the child goes on from there ("job-102"). A generator cannot be
# pickled, so a lift that passes it to the helper's Process fails under spawn.
import multiprocessing as mp

from jobs import start


def main():
    ids = (100 + i for i in range(10))
    next(ids)
    next(ids)
    q = mp.Queue()

    def work(out, name):
        out.put(f"{name}-{next(ids)}")

    p = start(work, q, "job")
    print(q.get(timeout=10), next(ids))
    p.join()


if __name__ == "__main__":
    main()
