# Copyright (c) 2023 Example Org.
# SPDX-License-Identifier: MIT
"""Price report.

Computes taxed prices in a worker process.
"""

from __future__ import annotations

import multiprocessing as mp
from decimal import Decimal

from shop import start

__all__ = ["main"]

TAX = Decimal("0.20")
ROUND = Decimal("0.01")


def fmt(value: Decimal) -> str:
    return f"{value.quantize(ROUND)}"


def main() -> None:
    q = mp.Queue()
    discount = Decimal("0.10")

    def work(out: mp.Queue, prices: list[str]) -> None:
        """Apply the discount, then the tax, to each price."""
        # Discount first: that is the shop's rule.
        taxed = [Decimal(p) * (1 - discount) * (1 + TAX) for p in prices]
        out.put([fmt(t) for t in taxed])  # strings pickle small

    p = start(work, q, ["10", "2.50"])
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
