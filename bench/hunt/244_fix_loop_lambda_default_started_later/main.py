# fix: each lambda binds the loop variable through a default (`i=i`), so each child sees its
# own i even though all start after the loop; `k` is not rebound.
import multiprocessing as mp


def main():
    q = mp.Queue()
    k = 10
    procs = []
    for i in range(3):
        procs.append(mp.Process(target=lambda out, i=i: out.put(i * k), args=(q,)))
    for p in procs:
        p.start()
    print(sorted(q.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
