"""Worker defined two levels deep, capturing from both levels."""

from multiprocessing import Pool


def outer(batches, prefix):
    def middle(batch, suffix):
        def leaf(item):
            return f"{prefix}{item}{suffix}"

        with Pool(2) as pool:
            return pool.map(leaf, batch)

    return [middle(b, "!" * (i + 1)) for i, b in enumerate(batches)]


if __name__ == "__main__":
    print(outer([["a", "b"], ["c"]], "<"))
