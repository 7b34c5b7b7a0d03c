from pkg.process import ProcessRunner


def _main_task(x):
    return -x


def main():
    k = 3
    print(ProcessRunner().run(lambda x: x + k, [1, 2, 3]))
    print(ProcessRunner().run(_main_task, [1, 2, 3]))


if __name__ == "__main__":
    main()
