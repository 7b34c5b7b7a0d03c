"""Percentile report computed in a process pool."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

from metrics import __doc__ as _pkg_doc
from . import helpers


def report(series: dict[str, list[int]], quantile: float = 0.9) -> list[str]:
    label_width = 8

    def one(name: str) -> str:
        value = helpers.percentile(series[name], quantile)
        return f"{name:<{label_width}}p{int(quantile * 100)}={value}"

    with ProcessPoolExecutor(max_workers=2) as ex:
        return [f.result() for f in [ex.submit(one, n) for n in sorted(series)]]


DESCRIPTION = _pkg_doc
