# shape: a module-level LazyExecutor proxy whose __getattr__ forwards to a ProcessPoolExecutor made on first use; main calls EXECUTOR.submit(guard_fn, n)
from pkg.lazy import EXECUTOR

if __name__ == "__main__":
    bias = 1

    def cube(n):
        return n ** 3 + bias

    futures = [EXECUTOR.submit(cube, n) for n in (1, 2, 3)]
    print([f.result() for f in futures])
    EXECUTOR.shutdown()
