import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main():
    loop = asyncio.get_running_loop()
    base = 10
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            *(
                loop.run_in_executor(pool, lambda n: n + base, n)  # PKL002
                for n in range(3)
            )
        )
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
