# shape: factory with two ProcessPool branches (a, b); caller picks "c", "A" (case), default
# OBSERVED: OK - no finding
from pkg.pools import pmap

if __name__ == "__main__":
    m = 7
    print(pmap(lambda x: x % m, [8, 9, 15], kind="c"))
    print(pmap(lambda x: x % m, [8], kind="A"))
    print(pmap(lambda x: x % m, [9]))
