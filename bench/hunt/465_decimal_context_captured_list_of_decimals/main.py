# WRONGFIX: `decimal.setcontext(decimal.Context(prec=3))`, then a worker doing
# `sum(vals) / 7` on a captured list of Decimals. A name bound to a list of what decimal makes is
# not counted as using decimal: fork prints 0.429, the fix under spawn/forkserver
# 0.4285714285714285714285714286.
import decimal
import multiprocessing as mp


def main():
    decimal.setcontext(decimal.Context(prec=3))
    q = mp.Queue()
    vals = [decimal.Decimal(1), decimal.Decimal(2)]

    def work(out):
        out.put(str(sum(vals) / 7))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
