"""Method whose worker closes over plain locals derived from self."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor


class Scorer:
    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def score(self, docs: list[dict[str, int]], timeout: float = 30.0) -> list[float]:
        weights = dict(self.weights)

        def one(doc: dict[str, int]) -> float:
            return round(sum(weights.get(k, 0.0) * v for k, v in doc.items()), 2)

        with ProcessPoolExecutor(max_workers=2) as ex:
            return list(ex.map(one, docs, timeout=timeout))


if __name__ == "__main__":
    print(Scorer({"a": 0.5, "b": 2}).score([{"a": 2, "b": 1}, {"c": 3}]))
