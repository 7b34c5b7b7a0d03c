# shape: @contextmanager pool_with(init, *initargs) yields Pool(initializer=init); guard-defined init sets a module global in workers
from pkg.pools import pool_with

STATE = {"tag": "unset"}


def tagged(x):
    return f"{STATE['tag']}{x}"


if __name__ == "__main__":

    def init(tag):
        STATE["tag"] = tag

    with pool_with(init, "w") as p:
        print(p.map(tagged, [1, 2]))
