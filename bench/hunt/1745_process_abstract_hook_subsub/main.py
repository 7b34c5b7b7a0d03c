# shape: Process subclass with abstract hook in base.py, concrete subclass in impl.py, sub-subclass in extra.py -- nested fn passed to the sub-subclass ctor
import multiprocessing as mp

from workers.extra import TaggedFnWorker


def main():
    offset = 7
    q = mp.Queue()

    def compute(x):
        return x * 3 + offset

    w = TaggedFnWorker(compute, [1, 2, 3], q, tag="calc")
    w.start()
    print(q.get(timeout=10))
    w.join()


if __name__ == "__main__":
    main()
