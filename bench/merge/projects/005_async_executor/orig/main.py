"""Async front-end that offloads CPU-bound scoring to a process pool."""

from __future__ import annotations

import asyncio
import math
from concurrent.futures import ProcessPoolExecutor


async def score_documents(documents: list[str], smoothing_factor: float) -> list[float]:
    loop = asyncio.get_running_loop()
    vocabulary_size = 1000

    def score(document: str) -> float:
        words = document.split()
        return round(sum(math.log(len(w) + smoothing_factor) for w in words) / vocabulary_size, 5)

    with ProcessPoolExecutor(max_workers=2) as pool:
        tasks = [loop.run_in_executor(pool, score, doc) for doc in documents]
        return list(await asyncio.gather(*tasks))


def main() -> None:
    docs = ["the quick brown fox", "jumps over", "the lazy dog"]
    for value in asyncio.run(score_documents(docs, smoothing_factor=0.5)):
        print(value)


if __name__ == "__main__":
    main()
