# shape: pkg/_compat.py binds Executor = ThreadPoolExecutor if sys.version_info >= (3, 8) else ProcessPoolExecutor (3.11 here); pmap uses Executor -- a thread pool, nothing to report
from pkg.par import pmap

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x ** k, [2, 3]))
