# SHAPE: lambda handed to Process wrapper captures another local lambda `key` (lifting only the outer one would pickle the inner lambda)
# OBSERVED: OK - correct
from pkg.procs import run_in_child


def main():
    key = lambda s: s.lower()
    words = ["b", "A", "c"]
    print(run_in_child(lambda q: q.put(sorted(words, key=key))))


if __name__ == "__main__":
    main()
