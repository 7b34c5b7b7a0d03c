# shape: async run_blocking(fn, *args) awaits loop.run_in_executor(_get_pool(), fn, *args) where _get_pool lazily builds a module-level ProcessPoolExecutor
import asyncio

from pkg.aio import run_blocking, shutdown

if __name__ == "__main__":
    factor = 11

    def heavy(x):
        return x * factor

    async def go():
        return await asyncio.gather(run_blocking(heavy, 1), run_blocking(heavy, 2))

    print(asyncio.run(go()))
    shutdown()
