# shape: code-corpus excerpt 'run_in_thread/run_in_process over _run(...)' (find_string id 36392421691) -- only the thread helper gets lambdas
import asyncio
from pkg.aio import run_in_thread

async def amain():
    n = 10
    return await run_in_thread(lambda x: x + n, 1)

if __name__ == "__main__":
    print(asyncio.run(amain()))
