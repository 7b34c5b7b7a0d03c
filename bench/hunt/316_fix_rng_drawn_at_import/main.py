# fix: the draw happens at import time, which the worker's import repeats.
import multiprocessing as mp
import random

RNG = random.Random(7)
FIRST = RNG.randint(0, 100)


def main():
    q = mp.Queue()
    label = "child"

    def work(out):
        out.put((label, FIRST, RNG.randint(0, 100)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
