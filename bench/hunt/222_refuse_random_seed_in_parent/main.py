# refuse: the parent seeds `random` before starting the child. Forked, the child inherits the
# generator's state and draws the same numbers as the parent would; a spawned child's
# generator is seeded afresh, so the numbers change.
import multiprocessing as mp
import random


def main():
    q = mp.Queue()
    count = 3
    random.seed(1234)

    def work(out):
        out.put([random.randint(0, 999) for _ in range(count)])

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
