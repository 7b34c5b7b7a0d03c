# SHAPE: runner instance obtained from factory get_runner() in another module; method run(fn, xs) uses self._ex created in __init__ by make_pool()
# OBSERVED: OK - correct
from pkg.runner import get_runner

if __name__ == "__main__":
    offset = 100

    def shift(x):
        return x + offset

    r = get_runner()
    try:
        print(r.run(shift, [1, 2, 3]))
    finally:
        r.close()
