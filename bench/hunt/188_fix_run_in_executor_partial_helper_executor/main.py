# fix: a guard function wrapped in functools.partial and handed to loop.run_in_executor
# with an executor built by a helper of another package.
import asyncio
import functools

from svc.executors import make_executor


async def run_all(crunch, values):
    loop = asyncio.get_running_loop()
    with make_executor() as ex:
        calls = [
            loop.run_in_executor(ex, functools.partial(crunch, 10), v) for v in values
        ]
        return await asyncio.gather(*calls)


if __name__ == "__main__":
    offset = 0.5

    def crunch(base, v):
        return base * v + offset

    print(asyncio.run(run_all(crunch, [1, 2, 3])))
