# fix: a guard function handed to an async helper of another module, which runs it through
# loop.run_in_executor on a ProcessPoolExecutor it makes.
import asyncio

from aioutil import amap

if __name__ == "__main__":
    power = 3

    def cube(x):
        return x ** power

    print(asyncio.run(amap(cube, [1, 2, 3])))
