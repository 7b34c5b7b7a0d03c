"""A tiny crawler whose workers run in separate processes."""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import dataclass, field


@dataclass
class Crawler:
    base_url: str
    max_depth: int = 2
    seen: list[str] = field(default_factory=list)

    def crawl(self, paths: list[str]) -> None:
        user_agent = "mini-crawler/1.0"
        queue: mp.Queue = mp.Queue()

        def fetch(path: str, out: mp.Queue) -> None:
            out.put(f"{user_agent} GET {self.base_url}{path} depth<={self.max_depth}")

        procs = [mp.Process(target=fetch, args=(p, queue)) for p in paths]
        for proc in procs:
            proc.start()
        results = sorted(queue.get() for _ in procs)
        for proc in procs:
            proc.join()
        self.seen.extend(results)
