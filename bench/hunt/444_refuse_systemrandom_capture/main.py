# refuse: WRONGFIX: `rng = random.SystemRandom()` is captured; SystemRandom cannot be pickled
# (NotImplementedError: System entropy source does not have state). picklefix lifts with `rng`
# in args and the fixed program fails at `p.start()`.
import multiprocessing as mp
import random


def main():
    q = mp.Queue()
    rng = random.SystemRandom()
    choices = ["x", "y"]

    def work(out):
        out.put(rng.choice(choices) in choices)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
