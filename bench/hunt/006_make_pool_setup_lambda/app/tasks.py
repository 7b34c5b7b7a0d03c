TABLE = {}


def install(table):
    TABLE.clear()
    TABLE.update(table)


def lookup(key):
    return key, TABLE.get(key, "?")
