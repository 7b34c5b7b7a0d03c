"""Nested initializer that assigns a module global."""

from concurrent.futures import ProcessPoolExecutor

_connection = None


def query(sql):
    return f"{_connection}: {sql}"


def main(dsn):
    def connect():
        global _connection
        _connection = f"conn({dsn})"

    with ProcessPoolExecutor(max_workers=1, initializer=connect) as ex:
        print(list(ex.map(query, ["select 1", "select 2"])))


if __name__ == "__main__":
    main("postgres://db")
