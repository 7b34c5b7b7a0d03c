from multiprocessing import Pool

_offset = 0


def set_offset(value):
    global _offset
    _offset = value


def add_offset(x):
    return x + _offset


def with_lambda():
    with Pool(
        2,
        initializer=lambda value: set_offset(value),  # PKL002
        initargs=(10,),
    ) as pool:
        return pool.map(add_offset, [1, 2])


def with_nested():
    def init(value):
        global _offset
        _offset = value * 2

    with Pool(processes=2, initializer=init, initargs=(50,)) as pool:  # PKL003
        return pool.map(add_offset, [1, 2])


if __name__ == "__main__":

    def init_main():
        set_offset(1000)

    print(with_lambda())
    print(with_nested())
    with Pool(2, init_main) as pool:  # PKL001
        print(pool.map(add_offset, [1, 2]))
