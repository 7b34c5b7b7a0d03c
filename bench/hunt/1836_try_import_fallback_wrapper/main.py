# shape: pkg/__init__.py does `try: from ._speedups import pmap` / `except ImportError: from ._pure import pmap` (no _speedups exists); _pure.pmap is a Pool.map -- guard def
from pkg import pmap

if __name__ == "__main__":
    unit = "kg"

    def fmt(x):
        return f"{x}{unit}"

    print(pmap(fmt, [1, 2]))
