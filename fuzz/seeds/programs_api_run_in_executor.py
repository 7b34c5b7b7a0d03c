import asyncio
from concurrent.futures import ProcessPoolExecutor


async def with_lambda(executor):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, lambda x: x * 3, 5)  # PKL002


async def with_nested(executor):
    def combine(a, b):
        return f"{a}+{b}"

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, combine, "a", "b")  # PKL003


if __name__ == "__main__":

    def shout(word):
        return word.upper() + "!"

    async def main():
        with ProcessPoolExecutor(max_workers=2) as executor:
            print(await with_lambda(executor))
            print(await with_nested(executor))
            loop = asyncio.get_running_loop()
            print(await loop.run_in_executor(executor, shout, "done"))  # PKL001

    asyncio.run(main())
