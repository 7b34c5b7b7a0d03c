# Session 49 template-method hunt (helper, black box), its 002_thread_call_none.
from pkg.base import Runner


def main():
    k = 3
    print(Runner().run(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
