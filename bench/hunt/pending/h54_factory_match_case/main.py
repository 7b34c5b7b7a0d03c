# shape: factory uses match/case with or-pattern ("process" | "proc"); caller kind="Proc"
# OBSERVED: MISS - factory written with match/case not inferred
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2], kind="Proc"))
