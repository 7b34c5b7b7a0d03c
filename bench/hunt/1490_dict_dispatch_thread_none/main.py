# shape: Executor = {'thread': ThreadPoolExecutor, 'process': ProcessPoolExecutor}[MODE], MODE = 'thread'
from pkg.par import pmap


def main():
    k = 3
    print(pmap(lambda x: x * k, [1, 2, 3]))


if __name__ == "__main__":
    main()
