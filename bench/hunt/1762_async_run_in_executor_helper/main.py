# shape: async helper run_blocking(fn, *args) awaiting loop.run_in_executor with a module-level ProcessPoolExecutor; nested fn from an async main
import asyncio

from svc.blocking import run_blocking, shutdown


async def amain():
    bump = 5

    def heavy(x):
        return x + bump

    res = await asyncio.gather(run_blocking(heavy, 1), run_blocking(heavy, 2))
    print(list(res))


if __name__ == "__main__":
    asyncio.run(amain())
    shutdown()
