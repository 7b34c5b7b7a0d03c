# shape: constant MODE='thread' passed as kind=MODE; wrapper default 'process'
from pkg.par import run_each
from pkg.settings import MODE


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3], kind=MODE))


if __name__ == "__main__":
    main()
