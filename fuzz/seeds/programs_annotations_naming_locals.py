from multiprocessing import Pool
from typing import TypedDict


def summarise(rows):
    class Row(TypedDict):
        name: str
        size: int

    Size = int

    def size_of(row: Row, scale: Size = 1) -> Later:
        return Later(row["name"], row["size"] * scale)

    print(Size(len(rows)), sorted(Row.__annotations__))
    with Pool(2) as pool:
        return pool.map(size_of, rows)  # PKL003


class Later:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __repr__(self):
        return f"Later({self.name!r}, {self.size})"


if __name__ == "__main__":
    print(summarise([{"name": "a", "size": 2}, {"name": "b", "size": 3}]))
