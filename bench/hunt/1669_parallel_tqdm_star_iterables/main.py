# shape: code-corpus excerpt 'def parallel(f: Callable, items: list, *args: list, n_workers=24, **kwargs): ProcessPoolExecutor ... tqdm(ex.map(f, items, *args, **kwargs))' -- extra iterables and map kwargs forwarded
from pkg.par import parallel

if __name__ == "__main__":
    sep = ":"
    print(parallel(lambda a, b: f"{a}{sep}{b}", ["x", "y"], [1, 2], chunksize=1))
