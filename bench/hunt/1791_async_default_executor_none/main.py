# shape: async helper uses loop.run_in_executor(None, fn, *args) (default thread pool) with a nested fn -- nothing to report
import asyncio

from svc.blocking import offload


async def amain():
    base = 3

    def heavy(x):
        return x * base

    print(await asyncio.gather(offload(heavy, 1), offload(heavy, 2)))


if __name__ == "__main__":
    asyncio.run(amain())
