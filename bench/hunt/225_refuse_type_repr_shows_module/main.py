# refuse: the worker reports `type(shape)`, whose repr names the module. Forked, the child
# runs in __main__ ("<class '__main__.Square'>"); lifted, a spawned child runs it in the
# re-imported module ("<class '__mp_main__.Square'>").
import multiprocessing as mp


class Square:
    def __init__(self, side):
        self.side = side


def main():
    q = mp.Queue()
    side = 3

    def work(out):
        shape = Square(side)
        out.put(f"{type(shape)} area={shape.side ** 2}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
