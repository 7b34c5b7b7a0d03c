# Tests: set_task in a loop over k, all jobs started after the loop: fork children all see the last k.
# Observed: OK - refused (k assigned again by the loop).
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    jobs = []
    for k in range(3):
        jobs.append(Job().set_task(lambda q, x: q.put(x * 10 + k), q, k))
    procs = [j.start() for j in jobs]
    print(sorted(q.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
