# shape: kind passed via **dict / via variable that is "thread"; callable is nested def in main guard
# OBSERVED: FALSE - pmap(dbl, xs, **{"kind": "thread"}) reported (conservative on ** dict); fix harmless
from pkg.pools import pmap

if __name__ == "__main__":
    k = 2
    def dbl(x):
        return x * k
    opts = {"kind": "thread"}
    print(pmap(dbl, [1, 2], **opts))
    mode = "thread"
    print(pmap(dbl, [5], kind=mode))
