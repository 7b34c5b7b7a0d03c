# shape: the nested worker instantiates a class defined in the same function (main); handed to a Process wrapper -- the local class has to move with it
from pkg.bg import run_in_background


def main():
    class Counter:
        def __init__(self):
            self.n = 0

        def add(self, k):
            self.n += k
            return self

    def work(items):
        c = Counter()
        for i in items:
            c.add(i)
        print("total", c.n, flush=True)

    print("exit", run_in_background(work, [1, 2, 3]))


if __name__ == "__main__":
    main()
