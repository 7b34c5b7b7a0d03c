import asyncio


async def run_blocking(fn, *args):
    """Run a blocking call in the loop's default (thread) executor."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, fn, *args)
