# shape: tlevine/jumble jumble/lib.py -- generator helper yielding futures from a ThreadPoolExecutor
from pkg.lib import jumble

if __name__ == "__main__":
    k = 5
    print(sorted(f.result() for f in jumble(lambda x: x + k, range(4), max_workers=2)))
