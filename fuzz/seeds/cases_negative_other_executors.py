import loky
from pathos.multiprocessing import ProcessingPool


def main():
    factor = 2
    print(ProcessingPool(2).map(lambda x: x * factor, [1, 2]))
    executor = loky.get_reusable_executor(max_workers=2)
    print(list(executor.map(lambda x: x * factor, [1, 2])))


if __name__ == "__main__":
    main()
