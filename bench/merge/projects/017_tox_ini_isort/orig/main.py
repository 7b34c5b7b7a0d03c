"""Word frequency counter using Pool.map_async (isort in tox.ini)."""

import collections
import multiprocessing

TEXTS = ["a b a", "c b", "a a a d"]


def count(texts, min_count=1):
    stop_words = {"d"}

    def count_text(text):
        words = [w for w in text.split() if w not in stop_words]
        return {
            w: n
            for w, n in collections.Counter(words).items()
            if n >= min_count
        }

    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(count_text, texts)
        return result.get(timeout=30)


if __name__ == "__main__":
    for counts in count(TEXTS):
        print(sorted(counts.items()))
