# SHAPE: class-based context manager pkg.cluster.LocalCluster: __enter__ returns self, map(fn, xs) uses a ProcessPoolExecutor made in __enter__; `with LocalCluster() as c: c.map(fn, xs)`
# OBSERVED: OK - correct
from pkg.cluster import LocalCluster

if __name__ == "__main__":
    pad = "*"

    def deco(s):
        return pad + s + pad

    with LocalCluster(workers=2) as c:
        print(c.map(deco, ["x", "y"]))
