# refuse: the parent sets the decimal precision through a helper of another module; a
# forked child inherits the thread's decimal context, a spawned one starts with 28 digits,
# so the nested worker's division prints differently after a lift.
import multiprocessing as mp
from decimal import Decimal

from numeric.context import use_precision
from numeric.launch import launch


def main():
    use_precision(6)
    q = mp.Queue()
    divisor = Decimal(7)

    def work(out):
        out.put(str(Decimal(1) / divisor))

    p = launch(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
