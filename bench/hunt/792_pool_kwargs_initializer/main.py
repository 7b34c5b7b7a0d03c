# SHAPE: factory make_pool(processes, **pool_kwargs) forwards **pool_kwargs to multiprocessing.Pool; main passes initializer=lambda through the kwargs
# OBSERVED: OK - correct
from pkg.pools import make_pool
from pkg import state


def main():
    tag = "w"
    with make_pool(2, initializer=lambda: state.configure(tag)) as pool:
        print(sorted(pool.map(state.read, [1, 2])))


if __name__ == "__main__":
    main()
