# fix: a worker nested in a method reads `self.name` and `self.scale`; `self` is a plain
# instance of a module-level class, so it can travel pickled to the helper's Process.
import multiprocessing as mp

from jobs import start


class Report:
    def __init__(self, name, scale):
        self.name = name
        self.scale = scale

    def run(self, values):
        q = mp.Queue()

        def work(out, xs):
            out.put(f"{self.name}: {[x * self.scale for x in xs]}")

        p = start(work, q, values)
        try:
            return q.get(timeout=10)
        finally:
            p.join()


def main():
    print(Report("area", 4).run([1, 2, 3]))


if __name__ == "__main__":
    main()
