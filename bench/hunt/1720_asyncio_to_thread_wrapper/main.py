# shape: async offload(fn, *a) -> asyncio.to_thread(fn, *a) in pkg; lambda passed -- threads, negative
import asyncio

from pkg.aio import offload

if __name__ == "__main__":
    base = 5

    async def go():
        return await offload(lambda x: x + base, 1)

    print(asyncio.run(go()))
