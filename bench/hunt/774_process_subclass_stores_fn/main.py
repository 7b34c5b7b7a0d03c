# SHAPE: pkg.worker.Worker(Process) stores fn in self and calls it in run(); lambda handed to Worker(...) in main (pickled with the Process object under spawn)
# OBSERVED: OK - correct
from multiprocessing import Queue

from pkg.worker import Worker


def main():
    q = Queue()
    base = 10
    workers = [Worker(lambda i: i + base, i, q) for i in range(3)]
    for w in workers:
        w.start()
    out = sorted(q.get() for _ in workers)
    for w in workers:
        w.join()
    print(out)


if __name__ == "__main__":
    main()
