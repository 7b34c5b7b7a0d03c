# refuse: WRONGFIX: `scorer` is an instance of a module-level class whose `__init__` stores a
# lambda in `self.fn`. picklefix passes `scorer`; pickling it fails
# (`Scorer.__init__.<locals>.<lambda>`) under spawn and forkserver. (picklefix does refuse
# `defaultdict(lambda: ...)`, but not an instance attribute.)
import multiprocessing as mp


class Scorer:
    def __init__(self, weight):
        self.weight = weight
        self.fn = lambda x: x * weight


def main():
    q = mp.Queue()
    scorer = Scorer(4)

    def work(out, x):
        out.put(scorer.fn(x))

    p = mp.Process(target=work, args=(q, 3))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
