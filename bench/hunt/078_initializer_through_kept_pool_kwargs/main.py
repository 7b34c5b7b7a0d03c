from app.workers import WorkerPool

_STATE = {}


def lookup(key):
    return _STATE["table"].get(key, -1)


def main():
    table = {"a": 1, "b": 2}

    def setup():
        _STATE["table"] = dict(table)

    pool = WorkerPool(2, initializer=setup)
    print(pool.map(lookup, ["a", "b", "c"]))


if __name__ == "__main__":
    main()
