# fix: a guard function wrapped by a wrapper into a module-level callable class instance
# (`_Safe(fn)`) that Pool.map pickles together with the function.
from safe import safe_map

if __name__ == "__main__":
    limit = 10

    def checked(n):
        if n > limit:
            raise ValueError(n)
        return n * 2

    print(safe_map(checked, [1, 5, 20]))
