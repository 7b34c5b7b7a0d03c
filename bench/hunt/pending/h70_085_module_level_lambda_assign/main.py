# Shape: module-level `normalize = lambda x: ...` in lib/ops.py handed to the project pmap (golden).
from lib.par import pmap
from lib.ops import normalize

if __name__ == "__main__":
    print(pmap(normalize, [10, 20]))
