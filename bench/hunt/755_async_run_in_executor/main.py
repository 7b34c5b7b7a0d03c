# SHAPE: async def run_cpu(fn, *args) -> loop.run_in_executor(module-level ProcessPoolExecutor, fn, *args)
# OBSERVED: OK - correct
import asyncio

from pkg.aio import run_cpu, close

if __name__ == "__main__":
    mult = 6

    def crunch(x):
        return x * mult

    async def amain():
        res = await asyncio.gather(*(run_cpu(crunch, i) for i in range(4)))
        print(sorted(res))

    asyncio.run(amain())
    close()
