# shape: pkg/_compat.py binds Executor = ProcessPoolExecutor if sys.version_info >= (3, 8) else ThreadPoolExecutor; pmap uses Executor -- lambda
from pkg.par import pmap

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x ** k, [2, 3]))
