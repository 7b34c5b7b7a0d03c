# shape: BoundedExecutor(ProcessPoolExecutor) with __init__(*args, **kwargs) forwarding to super and a semaphore-limited submit; further subclass in another module; nested fn
from pkg.named import NamedExecutor


def main():
    k = 10

    def f(x):
        return x * k

    with NamedExecutor("ex", max_workers=2) as ex:
        print([ex.submit(f, x).result() for x in [1, 2]])


if __name__ == "__main__":
    main()
