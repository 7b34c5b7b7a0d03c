# Tests: like 404 but the lambda has a default reading a local (b=k * 2); the setter stores *args (2 items)
# so b (position 2) is never filled by position: binding b by keyword would be right.
# Observed: FALSE-REFUSAL - "Job.set_task ... may pass b by position" (count is not followed through self._args).
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    k = 5
    job = Job().set_task(lambda q, x, b=k * 2: q.put(x * k + b), q, 3)
    p = job.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
