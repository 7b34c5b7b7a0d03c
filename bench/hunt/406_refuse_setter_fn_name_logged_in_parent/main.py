# Tests: setter stores fn; start() logs getattr(self._fn, "__name__", ...) in the parent before Process(target=self._fn).
# A lift would change the logged name (<lambda> -> partial), so only a report is right.
# Observed: MISS - no finding at all (reading self._fn in start() hides the wrapper); spawn crashes pickling the lambda.
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    k = 5
    p = Job().set_task(lambda q, x: q.put(x * k), q, 3).start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
