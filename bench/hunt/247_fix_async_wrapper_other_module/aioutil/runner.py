import asyncio
from concurrent.futures import ProcessPoolExecutor


async def amap(fn, items, workers=2):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [loop.run_in_executor(pool, fn, item) for item in items]
        return await asyncio.gather(*futures)
