"""Nested worker annotated with a type alias local to the enclosing function."""

import multiprocessing


def run(rows):
    Row = tuple[int, str]

    def render(row: Row) -> str:
        number, label = row
        return f"{number:03d} {label}"

    with multiprocessing.Pool(2) as pool:
        return pool.map(render, rows)


if __name__ == "__main__":
    print(run([(1, "one"), (22, "twenty-two")]))
