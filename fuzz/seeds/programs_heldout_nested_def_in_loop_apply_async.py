"""Submit a closure per chunk and collect results."""

import multiprocessing as mp


def process(chunks, scale):
    results = []
    with mp.Pool(2) as pool:
        for idx, chunk in enumerate(chunks):

            def work():
                return idx, sum(x * scale for x in chunk)

            results.append(pool.apply_async(work))  # PKL003
        return [r.get(timeout=10) for r in results]


if __name__ == "__main__":
    print(process([[1, 2], [3, 4], [5]], 3))
