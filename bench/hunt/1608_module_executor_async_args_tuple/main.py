# shape: kiwiju1ce/ADvice AI/text/services/process_executor.py -- module-level ProcessPoolExecutor; async process_executor(task, *args) hands task and the args tuple to run_in_executor
import asyncio
from pkg.process_executor import process_executor

async def amain():
    prefix = "ad:"
    def summarize(args):
        return prefix + "-".join(args)
    return await process_executor(summarize, "a", "b")

if __name__ == "__main__":
    print(asyncio.run(amain()))
