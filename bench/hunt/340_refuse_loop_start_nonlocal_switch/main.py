# refuse: processes made by a comprehension, started by the next loop, whose body flips the
# capture through a nonlocal-setting helper after each start.
import multiprocessing as mp


def main():
    q = mp.Queue()
    mode = "slow"

    def switch():
        nonlocal mode
        mode = "fast"

    def work(out, i):
        out.put((i, mode))

    procs = [mp.Process(target=work, args=(q, i)) for i in range(2)]
    for p in procs:
        p.start()
        p.join()
        switch()
    print(sorted(q.get(timeout=10) for _ in procs))


if __name__ == "__main__":
    main()
