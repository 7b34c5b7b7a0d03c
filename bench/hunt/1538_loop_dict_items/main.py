# shape: d = {"a": Runner(), "b": ProcRunner()}; for name, r in d.items()
# OBSERVED: cross-file: with Runner/ProcRunner imported from pkg/runner.py a mixed collection is not reported at all (the same shape with the classes in main.py is)
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    d = {"a": Runner(), "b": ProcRunner()}
    for name, r in d.items():
        print(name, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
