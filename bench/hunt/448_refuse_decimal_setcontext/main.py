# refuse: WRONGFIX: `main` calls `decimal.setcontext(decimal.Context(prec=3))` before the hand-
# over; forked, the child prints 0.667, the lifted spawned child prints
# 0.6666666666666666666666666667. (`getcontext().prec = ...` is refused, `setcontext` is not.)
import decimal
import multiprocessing as mp


def main():
    decimal.setcontext(decimal.Context(prec=3))
    q = mp.Queue()
    total = decimal.Decimal(2)

    def work(out):
        out.put(str(total / 3))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
