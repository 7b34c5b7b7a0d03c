# SHAPE: NEGATIVE - async wrapper pkg.aio.offload(fn, *args) uses loop.run_in_executor(None, ...) (default thread pool) and asyncio.to_thread; lambda and nested fn
# OBSERVED: OK - correct
import asyncio

from pkg.aio import offload, offload_thread


async def amain():
    k = 3

    def slow(x):
        return x * k

    a = await offload(slow, 2)
    b = await offload_thread(lambda: k + 1)
    print(a, b)


if __name__ == "__main__":
    asyncio.run(amain())
