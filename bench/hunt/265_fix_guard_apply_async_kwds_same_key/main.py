# fix: a guard function with **fmt reads the guard global `prefix` and is given
# kwds={"prefix": "?"}: forked, it prints "!1{'prefix': '?'}". A capture passed as the keyword
# `prefix` would collide with the call's own keyword.
from multiprocessing import Pool

if __name__ == "__main__":
    prefix = "!"

    def render(x, **fmt):
        return f"{prefix}{x}{fmt}"

    with Pool(1) as pool:
        print(pool.apply_async(render, (1,), {"prefix": "?"}).get(timeout=10))
