# refuse: WRONGFIX: `Registry` is replaced by a `@singleton` decorator's getter function, so
# `Registry` at module level is not the class of `reg`. picklefix passes the captured `reg` as
# an argument; pickling it fails ("it's not the same object as __main__.Registry") under spawn
# and forkserver.
import multiprocessing as mp


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]

    return get


@singleton
class Registry:
    def __init__(self):
        self.items = ["a", "b"]


def main():
    q = mp.Queue()
    reg = Registry()

    def work(out):
        out.put(list(reg.items))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
