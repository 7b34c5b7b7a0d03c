import asyncio

from aio.runner import AsyncRunner


async def gather_all(runner, fn, items):
    return await asyncio.gather(*(runner.run(fn, i) for i in items))


if __name__ == "__main__":

    def collatz_steps(n):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        return steps

    runner = AsyncRunner()
    try:
        print(asyncio.run(gather_all(runner, collatz_steps, [6, 7, 27])))
    finally:
        runner.close()
