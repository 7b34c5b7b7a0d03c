# Shape: Backend(backend="process") string, if/elif/else in map(); guard function
from lib.backend import Backend

if __name__ == "__main__":
    def cube(x):
        return x ** 3

    backend = Backend(backend="process")
    print(backend.map(cube, [1, 2, 3]), flush=True)
