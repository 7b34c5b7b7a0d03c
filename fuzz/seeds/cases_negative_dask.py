import dask.bag as db
from dask.distributed import Client


def main():
    offset = 1
    client = Client(processes=True)
    future = client.submit(lambda x: x + offset, 10)
    print(future.result())
    print(db.from_sequence([1, 2]).map(lambda x: x * 2).compute())


if __name__ == "__main__":
    main()
