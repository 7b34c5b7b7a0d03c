# WRONGFIX: `decimal.getcontext().prec = 6` in the parent, then a nested worker doing
# arithmetic on a Decimal it gets through `args=` (not captured). The worker never names decimal,
# so the context change is not connected to it; fork prints 0.142857, the fixed program under
# spawn/forkserver 0.1428571428571428571428571429. (Change 3 counts only captured Decimals.)
import decimal
import multiprocessing as mp


def main():
    decimal.getcontext().prec = 6
    q = mp.Queue()

    def work(out, d):
        out.put(str(d / 7))

    p = mp.Process(target=work, args=(q, decimal.Decimal(1)))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
