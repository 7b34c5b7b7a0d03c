# shape: chgvang/sogou-dict-assistant utils/ThreadUtils.py -- @staticmethod submit(fn, /, *args, **kvargs) on a module ThreadPoolExecutor
from pkg.ThreadUtils import ThreadUtils

if __name__ == "__main__":
    k = 1
    print(ThreadUtils.submit(lambda a: a + k, 41).result())
