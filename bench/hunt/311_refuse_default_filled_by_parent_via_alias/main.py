# refuse: the parent calls `count` through another name before the hand-over, filling its default.
import multiprocessing as mp


def main():
    q = mp.Queue()

    def count(x, out=None, seen=[]):
        seen.append(x)
        if out is not None:
            out.put(list(seen))
        return len(seen)

    tally = count
    tally(1)
    tally(2)
    p = mp.Process(target=count, args=(9, q))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
