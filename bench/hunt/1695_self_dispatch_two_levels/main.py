# shape: Pipeline().run(fn, xs) -> self._dispatch(fn, chunks) -> Pool.starmap over chunks via a module-level helper getting fn in the tuple
from pkg.pipeline import Pipeline

if __name__ == "__main__":
    mod = 3

    def rem(x):
        return x % mod

    print(Pipeline().run(rem, list(range(7))))
