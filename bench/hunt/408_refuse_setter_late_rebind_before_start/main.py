# Tests: set_task(lambda reading k) then k rebound before job.start(): fork reads the new k.
# Observed: OK - refused (k assigned again after the call that keeps the callable).
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    k = 5
    job = Job().set_task(lambda q, x: q.put(x * k), q, 3)
    k = 7
    p = job.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
