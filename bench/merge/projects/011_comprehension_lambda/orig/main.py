"""Scale vectors by several factors concurrently."""

from multiprocessing import Pool


def scaled(vectors, factors):
    with Pool(2) as pool:
        handles = [
            pool.apply_async(lambda vec, k=k: [x * k for x in vec], (v,))
            for k in factors
            for v in vectors
        ]
        return [h.get() for h in handles]


if __name__ == "__main__":
    for row in scaled([[1, 2], [3]], [2, 10]):
        print(row)
