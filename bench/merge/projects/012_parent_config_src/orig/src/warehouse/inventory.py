"""Count stock levels with worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter as _Counter, OrderedDict

from warehouse import VERSION


def count_stock(bins: dict[str, list[str]], reorder_threshold: int = 2) -> OrderedDict:
    manager = mp.Manager()
    results = manager.dict()

    def count_bin(bin_name: str) -> None:
        counts = _Counter(bins[bin_name])
        low = sorted(item for item, n in counts.items() if n < reorder_threshold)
        results[bin_name] = (sum(counts.values()), low, VERSION)

    workers = [mp.Process(target=count_bin, args=(name,)) for name in sorted(bins)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return OrderedDict(sorted(results.items()))
