from app import tasks
from app.pools import make_pool


def main():
    table = {"a": 1, "b": 2, "c": 3}
    with make_pool(2, setup=lambda: tasks.install(table)) as pool:
        print(sorted(pool.map(tasks.lookup, ["a", "c", "z"])))


if __name__ == "__main__":
    main()
