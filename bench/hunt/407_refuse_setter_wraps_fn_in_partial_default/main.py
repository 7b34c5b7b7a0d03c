# Tests: setter wraps fn in functools.partial(fn, self.q) before storing it, so the worker gets one more
# positional argument than written after fn: b (default reads a local) is filled by position (b=2).
# Observed: OK - refused ("may pass b by position").
import multiprocessing as mp

from pkg.jobs import Job


def main():
    q = mp.Queue()
    base = 100
    p = Job(q).set_task(lambda q, x, b=base: q.put((x, b)), 1, 2).start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
