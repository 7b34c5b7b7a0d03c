# fix: two nested functions calling each other, one capturing `bias`, the other `limit`;
# the worker calls only `is_even`.
import multiprocessing as mp


def main():
    q = mp.Queue()
    bias = 0
    limit = 50

    def is_even(n):
        if n > limit:
            return None
        return True if n == bias else is_odd(n - 1)

    def is_odd(n):
        return False if n == bias else is_even(n - 1)

    def report(out, values):
        out.put({v: is_even(v) for v in values})

    p = mp.Process(target=report, args=(q, [0, 3, 8, 51]))
    p.start()
    print(sorted(q.get(timeout=10).items()))
    p.join()


if __name__ == "__main__":
    main()
