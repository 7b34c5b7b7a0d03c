# refuse: `level` holds HIGH, a module-level instance hashed by identity, and the worker looks
# it up in the module-level LABELS. Forked, it finds "high"; lifted, `level` arrives as a copy,
# a different key, and the worker prints "unknown".
import multiprocessing as mp


class Priority:
    pass


HIGH = Priority()
LOW = Priority()
LABELS = {HIGH: "high", LOW: "low"}


def main():
    q = mp.Queue()
    level = HIGH

    def work(out):
        out.put(LABELS.get(level, "unknown"))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
