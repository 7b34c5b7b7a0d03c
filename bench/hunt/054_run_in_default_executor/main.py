import asyncio

from aio.blocking import run_blocking


async def main():
    base = 2
    results = await asyncio.gather(*(run_blocking(lambda e: base**e, i) for i in range(5)))
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
