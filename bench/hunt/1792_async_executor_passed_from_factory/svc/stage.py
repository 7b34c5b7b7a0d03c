import asyncio


async def run_stage(executor, fn, items):
    loop = asyncio.get_running_loop()
    return list(await asyncio.gather(*(loop.run_in_executor(executor, fn, i) for i in items)))
