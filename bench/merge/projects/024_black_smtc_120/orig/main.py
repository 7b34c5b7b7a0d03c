"""Pairwise products using ProcessPoolExecutor.map with two iterables."""

from concurrent.futures import ProcessPoolExecutor


def pairwise(left, right, scale_factor=1, offset_value=0):
    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(lambda a, b: a * b * scale_factor + offset_value, left, right))


if __name__ == "__main__":
    print(pairwise([1, 2, 3], [4, 5, 6], scale_factor=2, offset_value=1))
