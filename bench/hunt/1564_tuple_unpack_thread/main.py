# shape: t, p = Runner(), ProcRunner(); only t.map(lambda) -- the thread one
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    t, p = Runner(), ProcRunner()
    print(type(p).__name__)
    print(t.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
