# refuse: WRONGFIX: the process is started inside `with decimal.localcontext() as ctx: ctx.prec
# = 4`. A forked child keeps the current decimal context and prints 0.1429; the lifted program's
# spawned child uses the default context and prints 0.1428571428571428571428571429. picklefix
# refuses `getcontext().prec = ...` (132) but not a local context.
import decimal
import multiprocessing as mp


def main():
    q = mp.Queue()
    ratio = decimal.Decimal(1)

    def work(out):
        out.put(str(ratio / 7))

    with decimal.localcontext() as ctx:
        ctx.prec = 4
        p = mp.Process(target=work, args=(q,))
        p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
