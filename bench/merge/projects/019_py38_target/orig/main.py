# -*- coding: utf-8 -*-
"""Legacy-compatible batch scorer (Python 3.8+)."""

import multiprocessing
from typing import Dict, List, Optional


def score_batches(
    batches: Dict[str, List[int]], weight: Optional[float] = None
) -> Dict[str, float]:
    effective_weight = weight if weight is not None else 1.0
    penalties: Dict[str, int] = {"late": 2}

    def score(item):
        name, values = item
        return name, sum(values) * effective_weight - penalties.get(name, 0)

    with multiprocessing.Pool(processes=2) as pool:
        return dict(pool.imap_unordered(score, sorted(batches.items())))


if __name__ == "__main__":
    print(sorted(score_batches({"on_time": [1, 2, 3], "late": [4, 5]}, 0.5).items()))
