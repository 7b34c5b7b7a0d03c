import asyncio


async def offload(fn, *args):
    return await asyncio.to_thread(fn, *args)
