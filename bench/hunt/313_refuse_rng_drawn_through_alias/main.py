# refuse: the parent draws from the module RNG through a local alias before the hand-over.
import multiprocessing as mp
import random

RNG = random.Random(7)


def main():
    q = mp.Queue()
    rng = RNG
    first = rng.randint(0, 100)
    label = "second"

    def work(out):
        out.put((label, RNG.randint(0, 100)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(first, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
