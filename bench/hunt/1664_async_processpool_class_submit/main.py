# shape: code-corpus excerpt 'class ProcessPool: self._executor = concurrent.futures.ProcessPoolExecutor(); async def submit(self, fn, *args)' -- awaitable method over run_in_executor(self._executor, ...)
import asyncio
from pkg.pp import ProcessPool

async def amain(pool):
    k = 7
    return await asyncio.gather(*(pool.submit(lambda a: a * k, i) for i in range(3)))

if __name__ == "__main__":
    pool = ProcessPool()
    print(asyncio.run(amain(pool)))
    pool.close()
