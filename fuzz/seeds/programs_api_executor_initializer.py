from concurrent.futures import ProcessPoolExecutor

_prefix = "?"


def set_prefix(value):
    global _prefix
    _prefix = value


def tag(x):
    return f"{_prefix}{x}"


def with_lambda():
    with ProcessPoolExecutor(
        max_workers=2,
        initializer=lambda: set_prefix("L"),  # PKL002
    ) as executor:
        return list(executor.map(tag, [1, 2]))


def with_nested():
    def init(value):
        set_prefix(value.upper())

    with ProcessPoolExecutor(2, None, init, ("n",)) as executor:  # PKL003
        return list(executor.map(tag, [1, 2]))


if __name__ == "__main__":

    def init_main(value):
        set_prefix(value)

    print(with_lambda())
    print(with_nested())
    with ProcessPoolExecutor(
        max_workers=2,
        initializer=init_main,  # PKL001
        initargs=("M",),
    ) as executor:
        print(list(executor.map(tag, [1, 2])))
