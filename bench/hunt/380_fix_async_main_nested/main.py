# fix: a nested function inside an async main, awaited through an async wrapper that
# starts a Process and waits for its pipe in the default (thread) executor.
import asyncio

from aio.offload import offload


async def main():
    words = {"one": 1, "two": 2}

    def lookup(key):
        return key, words[key] * 11

    results = [await offload(lookup, key) for key in sorted(words)]
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
