import multiprocessing

_config = {}


def read(key):
    return f"{key}={_config.get(key)}"


def main():
    level = "info"

    def init():
        _config["level"] = level

    with multiprocessing.Pool(2, initializer=init) as pool:
        level = "debug"
        print(pool.map(read, ["level", "level"]), level)


if __name__ == "__main__":
    main()
