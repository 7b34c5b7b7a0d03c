# shape: def run_all(runners): for r in runners: r.map(lambda); only ever called with thread runners
from pkg.runner import ProcRunner, Runner


def run_all(runners, k):
    for r in runners:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


def square(x, q):
    q.put(x * x)


def main():
    run_all([Runner(), Runner()], 3)
    print(ProcRunner().map(square, [2, 3]))


if __name__ == "__main__":
    main()
