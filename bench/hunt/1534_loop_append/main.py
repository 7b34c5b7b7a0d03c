# shape: runners = [Runner()]; runners.append(ProcRunner()); for r in runners
# OBSERVED: cross-file: with Runner/ProcRunner imported from pkg/runner.py a mixed collection is not reported at all (the same shape with the classes in main.py is)
from pkg.runner import ProcRunner, Runner


def main():
    k = 4
    runners = [Runner()]
    runners.append(ProcRunner())
    for r in runners:
        print(type(r).__name__, r.map(lambda x, q: q.put(x - k), [10, 20]))


if __name__ == "__main__":
    main()
