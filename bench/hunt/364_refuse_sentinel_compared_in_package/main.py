# refuse: the nested worker hands the captured `mode`, the sentinel jobs.modes.FAST, to
# describe() of another module, which compares it with `is`. Forked, it is the same
# object ("fast x2"); lifted, `mode` travels pickled and arrives as a new object
# ("unknown x2").
import multiprocessing as mp

from jobs import modes, start


def main():
    mode = modes.FAST
    q = mp.Queue()

    def work(out, n):
        out.put(f"{modes.describe(mode)} x{n}")

    p = start(work, q, 2)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
