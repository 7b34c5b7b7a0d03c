import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


async def main(crunch):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        offload = functools.partial(loop.run_in_executor, pool)
        print(await asyncio.gather(*(offload(crunch, n) for n in (3, 4))))


if __name__ == "__main__":
    base = 100

    def crunch(n):
        return sum(range(n)) + base

    asyncio.run(main(crunch))
