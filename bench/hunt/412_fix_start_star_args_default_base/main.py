# Tests: start(fn, *args) -> Process(target=fn, args=args), 2 args written after a lambda whose default b=base
# reads a local at position 2: binding b by keyword is right.
# Observed: OK - fixed; spawn/forkserver print (1, 100) like fork.
import multiprocessing as mp

from pkg.launch import start


def main():
    q = mp.Queue()
    base = 100
    p = start(lambda q, x, b=base: q.put((x, b)), q, 1)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
