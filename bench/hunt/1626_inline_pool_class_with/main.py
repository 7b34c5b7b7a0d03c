# shape: code-corpus excerpt '# Convenience wrapper of multiprocessing pool class to allow inline execution (processes = 0)' -- class Pool keeping self._pool, with __enter__/__exit__ and map
from pkg.classes import Pool

if __name__ == "__main__":
    bias = 1
    with Pool(processes=2) as pool:
        print(pool.map(lambda x: x + bias, [1, 2]))
