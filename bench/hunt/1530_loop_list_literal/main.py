# shape: for r in [Runner(), ProcRunner()]: r.map(lambda ...) -- one item is a process runner
# OBSERVED: cross-file: with Runner/ProcRunner imported from pkg/runner.py a mixed collection is not reported at all (the same shape with the classes in main.py is)
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    for r in [Runner(), ProcRunner()]:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
