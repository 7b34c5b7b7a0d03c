# SHAPE: wrapper make_pool(init, initargs) passes init to Pool(initializer=...); lambda initializer sets worker state; works under fork (initializer not pickled)
# OBSERVED: OK - correct
from pkg.pools import make_pool
from pkg import state


def main():
    level = 3
    with make_pool(lambda: state.configure(level)) as pool:
        print(sorted(pool.map(state.read, range(3))))


if __name__ == "__main__":
    main()
