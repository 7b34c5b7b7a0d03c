import asyncio
from concurrent.futures import ProcessPoolExecutor

_POOL = None


def _get_pool():
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=2)
    return _POOL


async def run_blocking(fn, *args):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_get_pool(), fn, *args)


def shutdown():
    if _POOL is not None:
        _POOL.shutdown()
