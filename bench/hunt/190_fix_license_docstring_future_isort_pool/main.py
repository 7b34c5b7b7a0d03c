# Copyright (c) 2023 Example Org.
# SPDX-License-Identifier: MIT
"""Word statistics.

Counts vowels per word in worker processes.
"""

from __future__ import annotations

import string
import sys

from engine import parallel_map

VOWELS = "aeiou"


def normalise(word: str) -> str:
    return word.strip(string.punctuation).lower()


if __name__ == "__main__":
    weight = int(sys.argv[1]) if len(sys.argv) > 1 else 2

    def count(word: str) -> tuple[str, int]:
        """Return the word and its weighted vowel count."""
        # normalise first so punctuation never counts
        w = normalise(word)
        return w, weight * sum(ch in VOWELS for ch in w)

    print(parallel_map(count, ["Hello,", "World!", "queue"]))
