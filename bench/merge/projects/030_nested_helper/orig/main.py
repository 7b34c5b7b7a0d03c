"""A nested worker that calls another nested helper."""

import multiprocessing


def analyse(samples, threshold):
    unit = "ms"

    def classify(value):
        return "slow" if value > threshold else "fast"

    def describe(value):
        return f"{value}{unit}: {classify(value)}"

    with multiprocessing.Pool(2) as pool:
        return pool.map(describe, samples)


if __name__ == "__main__":
    print(analyse([5, 50, 500], 40))
