# Tests: wrapper start(fn, *args) -> Process(target=fn, args=args), called with q, *extra where extra fills b.
# Observed: OK - refused (may pass b by position).
import multiprocessing as mp

from pkg.launch import start


def main():
    q = mp.Queue()
    base = 100
    extra = (1, 2)
    p = start(lambda q, x, b=base: q.put((x, b)), q, *extra)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
