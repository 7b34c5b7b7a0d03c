import asyncio
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

process_pool_executor = ProcessPoolExecutor(max_workers=2)
thread_pool_executor = ThreadPoolExecutor(max_workers=2)

async def _run(executor: Executor, callable, *args, **kwargs):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, partial(callable, *args, **kwargs))

async def run_in_thread(callable, *args, **kwargs):
    return await _run(thread_pool_executor, callable, *args, **kwargs)

async def run_in_process(callable, *args, **kwargs):
    return await _run(process_pool_executor, callable, *args, **kwargs)
