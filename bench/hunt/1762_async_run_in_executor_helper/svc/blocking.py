import asyncio
from concurrent.futures import ProcessPoolExecutor

_EXECUTOR = None


def _get():
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ProcessPoolExecutor(max_workers=2)
    return _EXECUTOR


async def run_blocking(fn, *args):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_get(), fn, *args)


def shutdown():
    if _EXECUTOR is not None:
        _EXECUTOR.shutdown()
