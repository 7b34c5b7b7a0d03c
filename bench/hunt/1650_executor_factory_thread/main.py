# shape: same executor factory, asked for threads
from pkg.exec import get_executor

if __name__ == "__main__":
    k = 4
    with get_executor("thread") as ex:
        print(list(ex.map(lambda x: x * k, [1, 2])))
