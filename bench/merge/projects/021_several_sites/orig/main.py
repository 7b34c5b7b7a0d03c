"""Pipeline with a producer/consumer pair and a post-processing pool."""

from __future__ import annotations

import multiprocessing as mp


def pipeline(item_count: int, batch_label: str) -> list[str]:
    queue: mp.Queue = mp.Queue()
    results: mp.Queue = mp.Queue()
    sentinel = None

    def produce() -> None:
        for i in range(item_count):
            queue.put(f"{batch_label}-{i}")
        queue.put(sentinel)

    def consume() -> None:
        while (item := queue.get()) is not sentinel:
            results.put(item.upper())
        results.put(sentinel)

    producer = mp.Process(target=produce)
    consumer = mp.Process(target=consume)
    producer.start()
    consumer.start()
    collected = []
    while (value := results.get()) is not sentinel:
        collected.append(value)
    producer.join()
    consumer.join()
    with mp.Pool(2) as pool:
        return pool.map(lambda s: f"[{batch_label}] {s}", collected)


if __name__ == "__main__":
    for line in pipeline(3, "job"):
        print(line)
