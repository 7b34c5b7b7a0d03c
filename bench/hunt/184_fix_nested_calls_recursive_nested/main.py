# fix: the target calls a recursive nested function; both capture from main().
import multiprocessing as mp

from jobs import start_background


def main():
    q = mp.Queue()
    cap = 50
    seed = (0, 1)

    def fib(n):
        if n < 2:
            return seed[n]
        return min(cap, fib(n - 1) + fib(n - 2))

    def work(out, upto, label="fib"):
        out.put((label, [fib(i) for i in range(upto)]))

    p = start_background(work, q, 12, label="capped")
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
