# shape: main() defines nested `work` while main.py also imports a different `work` from pkg.par used at module level; a lift must not clobber the import
from pkg.par import pmap, work


def main():
    off = 100

    def work(x):
        return x + off

    print(pmap(work, [1, 2]))


def other():
    return work(3)


if __name__ == "__main__":
    main()
    print(other())
