# shape: ligeaaa/CommunityDetection app/utils/run_in_loop.py -- async run_in_loop(func, *args, executor=None, **kwargs) -> loop.run_in_executor(executor, partial(func, **kwargs), *args); caller passes a ProcessPoolExecutor
import asyncio
from concurrent.futures import ProcessPoolExecutor
from pkg.loop import run_in_loop

async def amain():
    factor = 5
    with ProcessPoolExecutor(2) as pool:
        r = await run_in_loop(lambda x, y=0: x * factor + y, 3, executor=pool, y=1)
    return r

if __name__ == "__main__":
    print(asyncio.run(amain()))
