# shape: api/__init__ re-exports fast_map from api.core.parallel, which calls a relative _impl.execute(fn, xs) that does Pool.imap -- three levels, re-export, relative imports
from api import fast_map

if __name__ == "__main__":
    base = 6
    print(fast_map(lambda x: base + x, [1, 2]))
