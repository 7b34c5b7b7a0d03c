# refuse: `make` is a partial of Process holding the nested `work`; the processes are
# made after `batch` became 2, so under fork they report batch 2, while a lift binding
# `batch` into the partial would report batch 1.
import functools
import multiprocessing


def main():
    batch = 1

    def work(q, n):
        q.put(f"batch {batch} item {n}")

    make = functools.partial(multiprocessing.Process, target=work)
    batch = 2
    queue = multiprocessing.Queue()
    procs = [make(args=(queue, n)) for n in range(2)]
    for proc in procs:
        proc.start()
    print(sorted(queue.get() for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
