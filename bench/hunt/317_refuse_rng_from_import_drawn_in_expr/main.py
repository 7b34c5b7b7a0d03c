# refuse: RNG made by `from random import Random`, drawn inside an expression before the hand-over.
import multiprocessing as mp
from random import Random

RNG = Random(7)


def main():
    q = mp.Queue()
    picks = [RNG.choice("abcdef") for _ in range(3)]
    label = "child"

    def work(out):
        out.put((label, RNG.choice("abcdef")))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(picks, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
