# SHAPE: base class (pkg/base.py) creates ProcessPoolExecutor in __init__ and has self._map; subclass in pkg/impl.py calls self._map(fn, ...) in its own method transform(fn)
# OBSERVED: OK - correct
from pkg.impl import Transformer

if __name__ == "__main__":
    scale = 1.5

    def f(x):
        return x * scale

    t = Transformer([2, 4, 6])
    print(t.transform(f))
    t.close()
