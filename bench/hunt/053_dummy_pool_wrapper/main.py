from dm.pool import io_map


def main():
    table = {"a": 1, "b": 2}
    print(io_map(lambda key: table.get(key, 0), ["a", "b", "c"]))


if __name__ == "__main__":
    main()
