# fix: a nested initializer reading the captured `prefix`, with initargs of its own,
# goes to a helper of another module that forwards initializer= and initargs= to Pool;
# the captures must join the existing initargs (or a partial).
from jobs import state
from jobs.pool import make_pool


def main():
    prefix = "n="

    def setup(scale):
        state.PREFIX = prefix
        state.SCALE = scale

    with make_pool(2, initializer=setup, initargs=(10,)) as pool:
        print(pool.map(state.tag, [1, 2, 3]))


if __name__ == "__main__":
    main()
