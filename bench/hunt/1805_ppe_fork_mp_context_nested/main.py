# shape: executor factory builds ProcessPoolExecutor(mp_context=get_context("fork")) -- tasks are still pickled through the call queue, so a nested fn fails even under fork
from core.execs import fork_executor


def main():
    step = 2

    def f(x):
        return x + step

    with fork_executor() as ex:
        print(list(ex.map(f, [2, 4])))


if __name__ == "__main__":
    main()
