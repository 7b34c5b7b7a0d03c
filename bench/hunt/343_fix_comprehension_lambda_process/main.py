# fix: a lambda written in a list comprehension reads the comprehension variable `k` and
# the enclosing function's `base`; a helper of another module starts each at once.
import multiprocessing as mp

from jobs.launch import launch


def main():
    q = mp.Queue()
    base = 10
    procs = [launch(lambda out: out.put((k, base + k * k)), q) for k in range(3)]
    print(sorted(q.get(timeout=10) for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
