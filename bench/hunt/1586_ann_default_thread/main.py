# shape: scaled(k, runner: Runner = None) defaults to Runner(); main never passes a runner
from pkg.jobs import scaled
from pkg.runner import ProcRunner


def cube(x, q):
    q.put(x ** 3)


if __name__ == "__main__":
    print(scaled(3))
    print(ProcRunner().map(cube, [2]))
