"""A data pipeline: comprehensions, generators, walrus, async code and match statements."""

import asyncio
import itertools
import re

PATTERN = re.compile(r"(\w+)=(\d+)")


def parse(lines):
    pairs = [(m.group(1), int(m.group(2))) for line in lines if (m := PATTERN.match(line))]
    totals = {key: sum(v for k, v in pairs if k == key) for key, _ in pairs}
    flat = [x for row in [[1, 2], [3]] for x in row if x > min(row)]
    nested = [[y for y in range(x)] for x in (z for z in range(3))]
    return pairs, totals, flat, nested, m


def windows(items, size):
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
    yield from (c for c in [items[:size]] if c)


def best(scores, threshold):
    return max(
        (s for s in scores if s > threshold),
        key=lambda s, bonus=threshold: s - bonus,
        default=None,
    )


def walrus_in_comprehension(data):
    if any((hit := d) > 10 for d in data):
        return hit
    return [last := d for d in data], last


def lambdas(xs):
    adders = [lambda y, x=x: x + y for x in xs]
    curry = lambda a: lambda b: lambda c: a + b + c + len(xs)
    return adders, curry


async def gather_all(urls, limit=5):
    semaphore = asyncio.Semaphore(limit)

    async def one(url):
        async with semaphore:
            await asyncio.sleep(0)
            return url

    results = [r async for r in aiter_results(urls, one)]
    return results, await asyncio.gather(*(one(u) for u in urls))


async def aiter_results(urls, fetch):
    for url in urls:
        yield await fetch(url)


def route(command):
    match command:
        case {"action": "move", "to": (x, y), **rest}:
            return ("move", x, y, rest)
        case [first, *others] if first == "batch":
            return [route(o) for o in others]
        case str() as text if (n := len(text)) > 3:
            return text, n
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case _:
            return None


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y
