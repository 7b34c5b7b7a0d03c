# shape: tlevine/jumble jumble/lib.py (process variant) -- generator helper that submits to a ProcessPoolExecutor and yields results as they finish
from pkg.lib import jumble

if __name__ == "__main__":
    k = 5
    print(sorted(jumble(lambda x: x + k, range(4))))
