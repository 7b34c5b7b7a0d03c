# shape: runners = [Runner()]; runners.append(Runner()) -- only thread runners
from pkg.runner import Runner


def main():
    k = 4
    runners = [Runner()]
    runners.append(Runner())
    for r in runners:
        print(type(r).__name__, r.map(lambda x, q: q.put(x - k), [10, 20]))


if __name__ == "__main__":
    main()
