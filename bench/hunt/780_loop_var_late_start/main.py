# SHAPE: lambda capturing the loop variable handed to pkg.procs.make_worker (returns an unstarted Process); started after the loop, so under fork every child sees the last i (a lift binding i at creation changes output -> must refuse)
# OBSERVED: OK - correct
import multiprocessing as mp

from pkg.procs import make_worker


def main():
    q = mp.Queue()
    procs = []
    for i in range(3):
        procs.append(make_worker(lambda: q.put(i * 10)))
    for p in procs:
        p.start()
    out = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(out)


if __name__ == "__main__":
    main()
