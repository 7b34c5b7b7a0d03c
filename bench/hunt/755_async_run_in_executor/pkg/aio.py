import asyncio
from concurrent.futures import ProcessPoolExecutor

_POOL = ProcessPoolExecutor(max_workers=2)


async def run_cpu(fn, *args):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_POOL, fn, *args)


def close():
    _POOL.shutdown()
