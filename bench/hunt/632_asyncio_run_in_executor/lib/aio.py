import asyncio
from concurrent.futures import ProcessPoolExecutor


class AsyncRunner:
    def __init__(self, workers=2):
        self._pool = ProcessPoolExecutor(workers)

    async def map(self, fn, xs):
        loop = asyncio.get_running_loop()
        try:
            return list(await asyncio.gather(*(loop.run_in_executor(self._pool, fn, x) for x in xs)))
        finally:
            self._pool.shutdown()
