# shape: ligeaaa/CommunityDetection app/utils/run_in_loop.py -- same helper, executor left as None (loop's default thread pool)
import asyncio
from pkg.loop import run_in_loop

async def amain():
    factor = 5
    return await run_in_loop(lambda x, y=0: x * factor + y, 3, y=1)

if __name__ == "__main__":
    print(asyncio.run(amain()))
