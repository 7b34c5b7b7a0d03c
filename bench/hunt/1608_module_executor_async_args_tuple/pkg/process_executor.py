import asyncio
from concurrent.futures import ProcessPoolExecutor

executor = ProcessPoolExecutor(max_workers=2)

async def process_executor(task, *args):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, task, args)
