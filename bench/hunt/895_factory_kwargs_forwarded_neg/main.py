# shape: wrapper forwards **opts to kw-only == factory; callers: default, kind="threads", workers only, kind="Processes" (case)
# OBSERVED: FALSE - wrapper forwarding **opts to the factory: every caller (default, threads, workers=1) reported
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2]))
    print(pmap(lambda x: x + k, [1, 2], kind="threads"))
    print(pmap(lambda x: x - k, [1, 2], workers=1))
    print(pmap(lambda x: x - k, [1, 2], kind="Processes"))
