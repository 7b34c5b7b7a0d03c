# fix: the parent draws from the module RNG only after the worker has started.
import multiprocessing as mp
import random

RNG = random.Random(7)


def main():
    q = mp.Queue()
    label = "child"

    def work(out):
        out.put((label, RNG.randint(0, 100)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    got = q.get(timeout=10)
    p.join()
    print(got, "parent", RNG.randint(0, 100))


if __name__ == "__main__":
    main()
