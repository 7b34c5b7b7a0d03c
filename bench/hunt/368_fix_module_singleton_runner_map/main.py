# fix: a guard function handed to the map method of a module-level Runner instance that
# the package creates in its __init__.
from work import default_runner

if __name__ == "__main__":
    table = {"x": 3, "y": 4, "z": 5}

    def cube(key):
        return key, table[key] ** 3

    print(default_runner.map(cube, sorted(table)))
