# Shape: async helper: loop.run_in_executor(self._pool, fn, x) with a ProcessPoolExecutor held by a class; asyncio.gather.
import asyncio
from lib.aio import AsyncRunner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(asyncio.run(AsyncRunner().map(f, [1, 2])))
