# shape: for r in [Runner(), Runner()]: r = ProcRunner() inside the loop before r.map(lambda)
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    for r in [Runner(), Runner()]:
        print(type(r).__name__)
        r = ProcRunner()
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
