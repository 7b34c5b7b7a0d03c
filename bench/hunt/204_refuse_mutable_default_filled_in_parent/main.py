# refuse: the parent calls `collect` twice, filling its default list; the forked child inherits
# that list and prints [1, 2, 3]. Lifted to module level (or bound a new list at the call site),
# the spawned child starts from an empty list and prints [3].
import multiprocessing as mp


def main():
    q = mp.Queue()
    tag = "acc"

    def collect(x, out=None, acc=[]):
        acc.append(x)
        if out is not None:
            out.put((tag, list(acc)))
        return len(acc)

    collect(1)
    collect(2)
    p = mp.Process(target=collect, args=(3, q))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
