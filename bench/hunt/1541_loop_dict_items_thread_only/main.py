# shape: d = {"a": Runner(), "b": Runner()}; for name, r in d.items() -- ProcRunner defined but unused
from pkg.runner import Runner


def main():
    k = 3
    d = {"a": Runner(), "b": Runner()}
    for name, r in d.items():
        print(name, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
