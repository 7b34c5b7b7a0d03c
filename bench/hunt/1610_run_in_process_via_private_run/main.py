# shape: code-corpus excerpt 'run_in_thread/run_in_process over _run(executor, callable, *args, **kwargs)' (find_string id 36392421691) -- two public helpers share a private helper that takes the executor as a parameter
import asyncio
from pkg.aio import run_in_process, run_in_thread

async def amain():
    n = 10
    a = await run_in_thread(lambda x: x + n, 1)
    b = await run_in_process(lambda x: x * n, 2)
    return a, b

if __name__ == "__main__":
    print(asyncio.run(amain()))
