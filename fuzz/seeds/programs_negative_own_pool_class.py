class Pool:
    """Not multiprocessing's: a pool that runs everything in this process."""

    def __init__(self, size):
        self.size = size

    def map(self, fn, items):
        return [fn(item) for item in items]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Process:
    def __init__(self, target):
        self.target = target

    def start(self):
        self.target()


def main():
    factor = 4

    def scale(x):
        return x * factor

    with Pool(2) as pool:
        print(pool.map(lambda x: x + 1, [1, 2]))
        print(pool.map(scale, [1, 2]))
    Process(target=lambda: print("my own Process")).start()


if __name__ == "__main__":
    main()
