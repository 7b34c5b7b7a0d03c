# shape: for r in [Runner(), Runner()] while ProcRunner is imported and used elsewhere (not with a lambda)
from pkg.runner import ProcRunner, Runner


def double(x, q):
    q.put(x * 2)


def main():
    k = 7
    for r in [Runner(), Runner()]:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))
    print("proc", ProcRunner().map(double, [1, 2]))


if __name__ == "__main__":
    main()
