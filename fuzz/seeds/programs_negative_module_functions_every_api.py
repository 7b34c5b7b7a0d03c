import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b):
    return a + b


def init(value):
    pass


def show(text):
    print(text)


async def in_executor(executor):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, square, 7)


if __name__ == "__main__":
    p = multiprocessing.Process(target=show, args=("process target",))
    p.start()
    p.join()
    with multiprocessing.Pool(2, initializer=init, initargs=(1,)) as pool:
        print(pool.map(square, [1, 2]))
        print(pool.apply(add, (1, 2)))
        print(pool.apply_async(add, (3, 4)).get(timeout=10))
        print(pool.map_async(square, [3]).get(timeout=10))
        print(list(pool.imap(square, [4])))
        print(sorted(pool.imap_unordered(square, [5, 6])))
        print(pool.starmap(add, [(1, 1)]))
        print(pool.starmap_async(add, [(2, 2)]).get(timeout=10))
    with ProcessPoolExecutor(
        max_workers=2, initializer=init, initargs=(2,)
    ) as executor:
        print(executor.submit(add, 5, 5).result(timeout=10))
        print(list(executor.map(square, [8, 9])))
        print(asyncio.run(in_executor(executor)))
