# shape: Runner/ProcRunner in pkg/runners.py; go(r: Runner, k) in main.py called with go(ProcRunner(), 3)
from pkg.runners import ProcRunner, Runner


def go(r: Runner, k):
    return r.map(lambda x, q: q.put(x * k), [1, 2, 3])


def main():
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
