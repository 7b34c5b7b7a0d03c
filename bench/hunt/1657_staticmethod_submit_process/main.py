# shape: chgvang/sogou-dict-assistant utils/ThreadUtils.py (process variant) -- @staticmethod submit with positional-only fn, lazily created global ProcessPoolExecutor
from pkg.ProcUtils import ProcUtils

if __name__ == "__main__":
    k = 1
    print(ProcUtils.submit(lambda a: a + k, 41).result())
