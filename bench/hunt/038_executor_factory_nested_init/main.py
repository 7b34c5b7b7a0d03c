from ex import worker
from ex.factory import make_executor


def main():
    units = {"km": 1000, "m": 1}

    def init():
        for name, factor in units.items():
            worker.register(name, factor)

    with make_executor(2, init) as ex:
        print(list(ex.map(worker.convert, [(1, "km"), (5, "m")])))


if __name__ == "__main__":
    main()
