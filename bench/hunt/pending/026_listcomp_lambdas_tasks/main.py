# Shape: list comprehension of lambdas (default-arg binding) submitted as tasks.
# OBSERVED: MISS - no finding; lambdas built in a list comprehension, then ex.submit(t, 10) for t in tasks.
from concurrent.futures import ProcessPoolExecutor


def main():
    tasks = [lambda x, k=k: x + k for k in range(3)]
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(t, 10) for t in tasks]
        print([f.result() for f in futs])


if __name__ == "__main__":
    main()
