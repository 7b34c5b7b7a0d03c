# fix: a guard function of two parameters handed to a zip-style map wrapper that splats
# several iterables into ProcessPoolExecutor.map (imported as `futures as cf`).
from fan.zipped import zipmap

if __name__ == "__main__":
    sep = ":"

    def join(left, right):
        return f"{left}{sep}{right}"

    print(zipmap(join, ["a", "b", "c"], [1, 2, 3]))
