import io
from multiprocessing import Manager, Pool


def main():
    buffer = io.StringIO("prefix")
    with Manager() as manager:
        shared = manager.dict()
        with Pool(2) as pool:
            pool.map(lambda k: shared.update({k: buffer.getvalue()}), ["a", "b"])  # PKL002
        print(sorted(shared.items()))


if __name__ == "__main__":
    main()
