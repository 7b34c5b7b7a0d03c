from multiprocessing import Pool

REGISTRY = []


def register(fn):
    REGISTRY.append(fn.__name__)
    return fn


def main():
    @register
    def work(x):
        return x - 1

    with Pool(2) as pool:
        print(pool.map(work, [10, 20]))  # PKL003
    print(REGISTRY)


if __name__ == "__main__":
    main()
