# refuse: `this = sys.modules[__name__]; setattr(this, "level", 9)` before the hand-over.
import multiprocessing as mp
import sys

level = 1


def main():
    q = mp.Queue()
    this = sys.modules[__name__]
    setattr(this, "level", 9)
    tag = "lvl"

    def work(out):
        out.put((tag, level))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
