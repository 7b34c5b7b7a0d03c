# refuse: the parent passes the module RNG to a helper that shuffles with it before the hand-over.
import multiprocessing as mp
import random

RNG = random.Random(7)


def shuffled(xs, rng):
    xs = list(xs)
    rng.shuffle(xs)
    return xs


def main():
    q = mp.Queue()
    order = shuffled(range(5), RNG)
    label = "next"

    def work(out):
        out.put((label, RNG.randint(0, 100)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(order, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
