# refuse: WRONGFIX: `price` is `Money(5, "EUR")`, an int subclass whose `__new__` needs
# `currency`; int's `__getnewargs__` gives one argument, so unpickling in the child raises
# TypeError. picklefix passes `price` to the lifted `work`: child dies, parent gets queue.Empty.
import multiprocessing as mp


class Money(int):
    def __new__(cls, amount, currency):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj


def main():
    q = mp.Queue()
    price = Money(5, "EUR")

    def work(out, n):
        out.put(f"{price * n} {price.currency}")

    p = mp.Process(target=work, args=(q, 3))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
