# refuse: each Widget() bumps the class attribute `created`; the parent makes two before the
# child reads it. Forked, the child sees 2; lifted, a spawned child re-imports the class (0),
# and unpickling the captured widget does not run __init__.
import multiprocessing as mp


class Widget:
    created = 0

    def __init__(self, name):
        self.name = name
        Widget.created += 1


def main():
    q = mp.Queue()
    first = Widget("a")
    Widget("b")

    def work(out):
        out.put((first.name, Widget.created))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
