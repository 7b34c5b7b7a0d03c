"""Compute checksums with imap, order-by-type disabled."""

from __future__ import annotations

import zlib
from multiprocessing import cpu_count, Pool as ProcessPool, TimeoutError as MPTimeout


def checksums(blobs: list[bytes], seed: int = 0) -> list[int]:
    mask = 0xFFFF
    with ProcessPool(2) as pool:
        try:
            return list(pool.imap(lambda blob: zlib.crc32(blob, seed) & mask, blobs))
        except MPTimeout:
            return []


if __name__ == "__main__":
    print(checksums([b"abc", b"def", b"ghi"]), cpu_count() > 0)
