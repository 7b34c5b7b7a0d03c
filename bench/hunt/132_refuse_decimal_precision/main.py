# refuse: main() sets the decimal context's precision to 6; a forked child inherits it, a
# spawn child running the lifted worker computes with the default 28 digits.
import decimal
import multiprocessing as mp


def main():
    decimal.getcontext().prec = 6
    q = mp.Queue()
    divisor = decimal.Decimal(7)

    def work(q, n):
        q.put(str(decimal.Decimal(n) / divisor))

    p = mp.Process(target=work, args=(q, 1))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
