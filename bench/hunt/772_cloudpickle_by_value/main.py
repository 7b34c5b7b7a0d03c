# SHAPE: NEGATIVE - wrapper serialises fn with cloudpickle (by value) and sends the bytes to ProcessPoolExecutor.submit, like dask/ray helpers
# OBSERVED: OK - correct
from pkg.remote import remote_map


def main():
    k = 5
    print(remote_map(lambda x: x * k, [1, 2, 3]))


if __name__ == "__main__":
    main()
