# shape: Skyepulse/CNN_Visualizer backend_py/src/Helpers/ThreadPools.py -- module ThreadPoolExecutor behind async run_in_executor(func, *args)
import asyncio
from pkg.threadpools import run_in_executor

async def amain():
    k = 2
    return await run_in_executor(lambda a: a ** k, 9)

if __name__ == "__main__":
    print(asyncio.run(amain()))
