"""Inventory valuation; types only imported for checking."""

import multiprocessing
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
    from decimal import Decimal


class Valuer:
    def __init__(self, currency: str) -> None:
        self.currency = currency

    def value_all(self, items: Dict[str, List[int]]) -> List[str]:
        currency = self.currency

        def value(name: str, prices: List[int]) -> "str":
            total: "Decimal | int" = sum(prices)
            return f"{name}: {total} {currency}"

        with multiprocessing.Pool(2) as pool:
            return pool.starmap(value, sorted(items.items()))


if __name__ == "__main__":
    print(Valuer("GBP").value_all({"bolts": [1, 2], "nuts": [3]}))
