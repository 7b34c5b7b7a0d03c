# shape: gather(fn, xs, executor_cls=ThreadPoolExecutor) default thread pool, caller relies on the default, passes a nested fn -- negative
from pkg.par import gather


def main():
    pre = ">"

    def tag(x):
        return pre + str(x)

    print(gather(tag, [1, 2]))


if __name__ == "__main__":
    main()
