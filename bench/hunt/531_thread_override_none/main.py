# Session 49 template-method hunt (helper, black box), its 010_thread_override_none.
from pkg.threaded import ThreadRunner


def main():
    k = 3
    print(ThreadRunner().run(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
