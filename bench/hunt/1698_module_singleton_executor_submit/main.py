# shape: pkg.executor.submit(fn, *a) -> get_executor().submit where get_executor lazily creates a global ProcessPoolExecutor
from pkg import executor

if __name__ == "__main__":
    n = 6

    def tri(x):
        return x * n

    futs = [executor.submit(tri, i) for i in (1, 2)]
    print([f.result() for f in futs])
    executor.shutdown()
