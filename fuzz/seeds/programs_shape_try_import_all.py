"""Count long words in worker processes."""

import sys
from concurrent.futures import ProcessPoolExecutor

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

__all__ = ["count_long_words", "main"]


def count_long_words(texts, minimum):
    def count(text):
        return sum(1 for word in text.split() if len(word) >= minimum)

    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(count, texts))  # PKL003


def main():
    counts = count_long_words(["a bb ccc", "dddd e"], 2)
    print(counts, tomllib is not None, file=sys.stdout)


if __name__ == "__main__":
    main()
