# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Example Contributors
from __future__ import annotations

import multiprocessing
from typing import Any, Callable, Iterable


class WorkerPool:
    """A pool whose extra keyword arguments go to multiprocessing.Pool."""

    def __init__(self, size: int = 2, **pool_kwargs: Any) -> None:
        self._size = size
        self._kw = pool_kwargs

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        with multiprocessing.Pool(self._size, **self._kw) as pool:
            return pool.map(fn, list(items))
