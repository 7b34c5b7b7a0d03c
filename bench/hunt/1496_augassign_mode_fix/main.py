# shape: MODE = 'thread' then MODE += 's' (rebinding by augmented assignment); par tests MODE == 'thread'
from pkg.par import run_each


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
