# fix: an async helper hands `functools.partial(fn, x)` to loop.run_in_executor on an
# executor that a function of another module makes; the guard's `weigh` reads the
# guard's `unit`.
import asyncio
import functools

from jobs.pools import make_executor


async def gather_all(fn, items):
    loop = asyncio.get_running_loop()
    with make_executor() as ex:
        futs = [loop.run_in_executor(ex, functools.partial(fn, x)) for x in items]
        return await asyncio.gather(*futs)


if __name__ == "__main__":
    unit = "kg"

    def weigh(x, precision=1):
        return f"{x * 0.5:.{precision}f}{unit}"

    print(asyncio.run(gather_all(weigh, [1, 3, 5])))
