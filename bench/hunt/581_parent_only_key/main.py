# Shape (negative): process wrapper with a `key=` argument used only in the parent to sort results.
from lib.par import pmap_sorted
from lib.ops import square

if __name__ == "__main__":
    sign = -1
    print(pmap_sorted(square, [3, 1, 2], key=lambda r: sign * r))
