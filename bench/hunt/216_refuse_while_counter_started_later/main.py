# refuse: processes are built in a `while` loop that increments `n`, and started after it.
# Forked, every child reads n when started: 3 each time. A lift binding n where each Process
# is built would send 0, 1, 2.
import multiprocessing as mp


def main():
    q = mp.Queue()
    procs = []
    n = 0

    def work(out):
        out.put(n)

    while n < 3:
        procs.append(mp.Process(target=work, args=(q,)))
        n += 1
    for p in procs:
        p.start()
    print(sorted(q.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
