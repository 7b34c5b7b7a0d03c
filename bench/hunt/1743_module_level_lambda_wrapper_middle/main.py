# shape: pkg/api.py defines the middle wrapper as a module-level lambda `run = lambda fn, xs: pmap(fn, list(xs))`; guard fn passed to api.run
from pkg import api

if __name__ == "__main__":
    d = 2

    def half(x):
        return x / d

    print(api.run(half, [4, 6]))
