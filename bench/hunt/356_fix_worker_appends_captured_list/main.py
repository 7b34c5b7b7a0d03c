# fix: the nested worker appends to the captured list `seen`, which the parent prints
# after the children are done. Forked, each child appends to its own copy and the
# parent's list stays empty; a lift that passes `seen` gives each spawned child a copy
# as well, so the output is the same and there is no reason to refuse.
import multiprocessing as mp

from jobs import start


def main():
    seen = []
    q = mp.Queue()

    def work(out, x):
        seen.append(x)
        out.put(len(seen) * x)

    procs = [start(work, q, x) for x in (2, 3)]
    print(sorted(q.get(timeout=10) for _ in procs), seen)
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
