# fix: a worker nested in a method reads `self` attributes, and a lambda calls a method
# of an object held on `self`; both go through a Process wrapper of another package.
import multiprocessing as mp

from tasks.launch import launch


class Formatter:
    def __init__(self, unit):
        self.unit = unit

    def render(self, value):
        return f"{value}{self.unit}"


class Report:
    def __init__(self, factor, offset):
        self.factor = factor
        self.offset = offset
        self.fmt = Formatter("kg")

    def run(self, values):
        q = mp.Queue()

        def work(out, n):
            out.put(("work", n * self.factor + self.offset))

        procs = [launch(work, q, n) for n in values]
        procs.append(launch(lambda out, n: out.put(("fmt", self.fmt.render(n))), q, 9))
        got = sorted(q.get(timeout=10) for _ in procs)
        for p in procs:
            p.join()
        return got


if __name__ == "__main__":
    print(Report(3, 1).run([1, 2]))
