#!/usr/bin/env python3
# Copyright (c) 2024 Example Data Co.
# SPDX-License-Identifier: Apache-2.0
"""Load partitioned CSV extracts into the warehouse staging area."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

__all__ = ["main", "load_partitions"]

DEFAULT_SCHEMA = "staging"


def load_partitions(partition_names: list[str], target_schema: str) -> None:
    staging_directory = Path("/tmp") / "etl-staging"
    row_multiplier = 3

    def load_one(partition_name: str) -> None:
        # Each worker loads one partition and reports the row count.
        rows = len(partition_name) * row_multiplier
        print(
            f"{target_schema}.{partition_name}: {rows} rows "
            f"from {staging_directory.name}",
            flush=True,
        )

    for partition_name in partition_names:
        worker = multiprocessing.Process(
            target=load_one, args=(partition_name,)
        )
        worker.start()
        worker.join()


def main() -> int:
    load_partitions(["orders", "customers", "line_items"], DEFAULT_SCHEMA)
    return 0 if os.sep else 1


if __name__ == "__main__":
    raise SystemExit(main())
