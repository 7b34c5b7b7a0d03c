# shape: runners = [cls() for cls in (Runner, ProcRunner)]; for r in runners: r.map(lambda)
# OBSERVED: MISS: list built by a comprehension `[cls() for cls in (Runner, ProcRunner)]` is not followed (also missed same-file)
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    runners = [cls() for cls in (Runner, ProcRunner)]
    for r in runners:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
