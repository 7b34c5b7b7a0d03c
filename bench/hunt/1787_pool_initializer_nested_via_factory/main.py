# shape: make_pool(init_fn, init_args) factory in a package; nested initializer configures package state in each worker; worker fn is module-level
from dataproc.pools import make_pool
from dataproc import state
from dataproc.work import lookup


def main():
    table = {"a": 1, "b": 2}

    def init(extra):
        state.configure(dict(table, **extra))

    with make_pool(init, ({"c": 3},)) as pool:
        print(pool.map(lookup, ["a", "b", "c"]))


if __name__ == "__main__":
    main()
