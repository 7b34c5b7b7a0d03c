# shape: wrapper forwards **opts to keyword-only factory using startswith("proc"); caller kind="processes"
# OBSERVED: MISS - factory using kind.startswith("proc") not inferred
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2], kind="processes", workers=1))
