# shape: async pipeline stage takes an executor argument; executor comes from a factory returning ProcessPoolExecutor; lambda to the stage
import asyncio

from svc.execs import process_executor
from svc.stage import run_stage


async def amain(ex):
    base = 10
    print(await run_stage(ex, lambda x: base + x, [1, 2]))


if __name__ == "__main__":
    with process_executor() as ex:
        asyncio.run(amain(ex))
