# REFUSE: start_once() keys its registry by the callable. The nested `job` is the same
# object at both calls, so only one process starts. Lifted, each call would hand over a
# new functools.partial(job, tag=tag): two processes, and `first is second` is False.
import multiprocessing

from once.launch import start_once


def main():
    q = multiprocessing.Queue()
    tag = "sync"

    def job(out):
        out.put(tag)

    first = start_once(job, q)
    second = start_once(job, q)
    first.join()
    print(first is second, q.get(timeout=10), q.empty())


if __name__ == "__main__":
    main()
