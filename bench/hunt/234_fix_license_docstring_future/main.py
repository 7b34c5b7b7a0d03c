# Copyright (c) 2024 Example Corp.
# SPDX-License-Identifier: Apache-2.0
#
# Licensed under the Apache License, Version 2.0.
"""Batch scaler.

Scales a vector in a child process.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import List


def main() -> None:
    q = mp.Queue()
    Vec = List[int]
    factor: int = 3

    def work(out: mp.Queue, v: Vec) -> None:
        out.put([x * factor for x in v])

    p = mp.Process(target=work, args=(q, [1, 2, 3]))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
