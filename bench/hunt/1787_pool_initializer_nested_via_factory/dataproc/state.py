TABLE = {}


def configure(table):
    TABLE.clear()
    TABLE.update(table)
