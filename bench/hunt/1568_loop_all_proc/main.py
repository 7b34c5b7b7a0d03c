# shape: for r in [ProcRunner(), ProcRunner()] -- only process runners, several items
from pkg.runner import ProcRunner


def main():
    k = 3
    for r in [ProcRunner(), ProcRunner()]:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
