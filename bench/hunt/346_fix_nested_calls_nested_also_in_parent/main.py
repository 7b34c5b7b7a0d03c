# fix: the worker `score` calls the nested `clamp`, which the parent calls too; each
# reads captures (`lo`, `hi`), and `score` takes two numbers through a helper over
# Process(args=...). Both functions must move, and the parent's call must still work.
import multiprocessing as mp

from jobs import start


def main():
    lo, hi = 0, 10
    q = mp.Queue()

    def clamp(v):
        return max(lo, min(hi, v))

    def score(out, a, b):
        out.put((a, b, clamp(a * b)))

    procs = [start(score, q, a, b) for a, b in [(2, 3), (4, 5), (-1, 7)]]
    print(sorted(q.get(timeout=10) for _ in procs))
    print(clamp(42))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
