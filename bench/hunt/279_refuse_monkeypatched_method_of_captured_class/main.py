# refuse: the parent replaces Point.describe at run time; the worker calls it on a captured
# Point. Forked, the child runs the patched method ("P(1, 2)"); lifted, the Point is unpickled
# in a spawned child whose re-imported class has the original method ("point").
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def describe(self):
        return "point"


def _describe(self):
    return f"P({self.x}, {self.y})"


def main():
    q = mp.Queue()
    pt = Point(1, 2)
    Point.describe = _describe

    def work(out):
        out.put(pt.describe())

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
