# shape: runners = [ProcRunner()] then rebound runners = [Runner(), Runner()] before the loop
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    runners = [ProcRunner()]
    print(len(runners))
    runners = [Runner(), Runner()]
    for r in runners:
        print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
