import asyncio
from concurrent.futures import ProcessPoolExecutor


class AsyncRunner:
    def __init__(self, workers=2):
        self._pool = ProcessPoolExecutor(max_workers=workers)

    async def run(self, fn, *args):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, fn, *args)

    def close(self):
        self._pool.shutdown()
