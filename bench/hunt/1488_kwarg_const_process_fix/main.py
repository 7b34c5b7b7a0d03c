# shape: constant MODE='process' imported in main and passed as kind=MODE; wrapper default 'thread'
from pkg.par import run_each
from pkg.settings import MODE


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3], kind=MODE))


if __name__ == "__main__":
    main()
