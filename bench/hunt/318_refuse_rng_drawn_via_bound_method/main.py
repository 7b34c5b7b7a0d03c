# refuse: the parent draws through a bound method taken off the module RNG.
import multiprocessing as mp
import random

RNG = random.Random(7)
draw = RNG.random


def main():
    q = mp.Queue()
    first = round(draw(), 4)
    label = "child"

    def work(out):
        out.put((label, round(RNG.random(), 4)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(first, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
