# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Example Contributors
from __future__ import annotations

import multiprocessing
from typing import Any, Callable

LOG: list[str] = []


def start_logged(fn: Callable[..., Any], *args: Any) -> multiprocessing.Process:
    """Start ``fn`` in a child and log its qualified name."""
    LOG.append(f"start {fn.__qualname__}")
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    return proc
