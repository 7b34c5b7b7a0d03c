# shape: ProcessPoolExecutor subclass overriding submit(fn, *a, **kw) and forwarding via super() -- nested fn submitted
from pkg.traced import TracedExecutor


def main():
    base = 10

    def compute(x, extra=0):
        return base + x + extra

    with TracedExecutor(max_workers=2) as ex:
        futs = [ex.submit(compute, 1, extra=2), ex.submit(compute, 3, extra=3)]
        print([f.result() for f in futs])


if __name__ == "__main__":
    main()
