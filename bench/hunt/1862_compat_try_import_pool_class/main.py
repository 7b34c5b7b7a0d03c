# shape: pkg/_compat.py does `try: from loky import ProcessPoolExecutor` / `except ImportError: from concurrent.futures import ProcessPoolExecutor` (loky absent); par.pmap uses the compat class -- lambda
from pkg.par import pmap

if __name__ == "__main__":
    k = 6
    print(pmap(lambda x: x // k, [6, 12, 19]))
