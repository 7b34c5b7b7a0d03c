# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Example Contributors
"""Parallel helpers over multiprocessing.Pool."""
from __future__ import annotations

import multiprocessing
from typing import Any, Callable, Iterable


def apply_parallel(fn: Callable[[Any], Any], items: Iterable[Any], *, method: str = "map",
                   workers: int = 2) -> list[Any]:
    """Run ``fn`` over ``items`` with the pool method named ``method``."""
    with multiprocessing.Pool(workers) as pool:
        runner = getattr(pool, method)
        return list(runner(fn, list(items)))
