"""A lambda bound to a variable, then submitted."""

from concurrent.futures import ProcessPoolExecutor


def main(base):
    job = lambda n: base**n  # noqa: E731
    with ProcessPoolExecutor(max_workers=2) as ex:
        print([ex.submit(job, n).result() for n in range(4)])


if __name__ == "__main__":
    main(2)
