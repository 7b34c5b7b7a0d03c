# refuse: the nested initializer reads `level`, which the parent rebinds after making
# the executor and before its first submit. Under fork a ProcessPoolExecutor starts its
# workers at the first submit, so they see 5; a lift passes `level` in initargs when the
# executor is made, so spawned workers would see 1.
from jobs import state
from jobs.pools import make_executor


def main():
    level = 1

    def setup():
        state.LEVEL = level

    with make_executor(2, initializer=setup) as ex:
        level = 5
        print(list(ex.map(state.level_of, [1, 2])))


if __name__ == "__main__":
    main()
