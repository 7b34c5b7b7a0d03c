# shape: for r in [ProcRunner()]: r = Runner() inside the loop before r.map(lambda)
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    for r in [ProcRunner(), ProcRunner()]:
        print(type(r).__name__)
        r = Runner()
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
