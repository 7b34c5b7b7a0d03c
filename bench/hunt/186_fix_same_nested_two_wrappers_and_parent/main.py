# fix: one nested worker handed to two different wrappers of another package, and also
# called in the parent.
import multiprocessing as mp

from pipeline import Runner, fire


def main():
    q = mp.Queue()
    prefix = "item"

    def emit(out, n):
        out.put(f"{prefix}-{n * n}")

    p = fire(emit, q, 3)
    Runner(emit).go(q, 4)
    emit(q, 5)
    p.join()
    print(sorted(q.get(timeout=10) for _ in range(3)))


if __name__ == "__main__":
    main()
