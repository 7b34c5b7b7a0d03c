"""Simulate dice rolls in parallel workers."""

from __future__ import annotations

import random
import statistics

import multiprocessing as mp


def simulate(trials_per_worker: int, workers: int, sides: int = 6) -> list[float]:
    base_seed = 1234

    def run_trials(worker_index: int) -> float:
        rng = random.Random(base_seed + worker_index)
        return statistics.mean(rng.randint(1, sides) for _ in range(trials_per_worker))

    with mp.Pool(workers) as pool:
        return pool.map(run_trials, range(workers))


if __name__ == "__main__":
    print([round(v, 3) for v in simulate(100, 3)])
