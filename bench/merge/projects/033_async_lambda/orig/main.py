"""Async service that offloads prime counting."""

import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> int:
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(limit**0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(sieve[i * i :: i]))
    return sum(sieve)


async def handler(limits: list[int], offset: int) -> list[int]:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        return await asyncio.gather(
            *(
                loop.run_in_executor(pool, lambda: count_primes(n + offset))
                for n in limits
            )
        )


if __name__ == "__main__":
    print(asyncio.run(handler([10, 100, 1000], 0)))
