# shape: Child (pkg/child.py, `from .base import Base`) inherits Base.parallel(fn, xs) over ProcessPoolExecutor; called on Child()
from pkg.child import Child

if __name__ == "__main__":
    word = "ab"

    def rep(n):
        return word * n

    print(Child().parallel(rep, [1, 2]))
