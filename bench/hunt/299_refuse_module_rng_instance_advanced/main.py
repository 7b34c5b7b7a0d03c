# refuse: the parent draws from the module-level RNG before starting the child. Forked, the
# child continues the sequence; a spawned child re-imports RNG seeded afresh with 0 and draws
# the parent's first number again.
import multiprocessing as mp
import random

RNG = random.Random(0)


def main():
    q = mp.Queue()
    first = RNG.randint(0, 999)
    tag = "draw"

    def work(out):
        out.put((tag, RNG.randint(0, 999)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(first, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
