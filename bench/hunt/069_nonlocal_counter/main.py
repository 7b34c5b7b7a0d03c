# REFUSE: `job` writes `launched` through nonlocal. Under fork each child updates its
# own copy of the closure cell; a module-level function cannot write the enclosing
# function's variable, so there is no lift that keeps the meaning.
import multiprocessing

from sp.spawn import spawn


def main():
    launched = 0
    q = multiprocessing.Queue()

    def job(out, n):
        nonlocal launched
        launched += n
        out.put(launched)

    procs = [spawn(job, q, n) for n in (1, 2)]
    print(sorted(q.get(timeout=10) for _ in procs), launched)
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
