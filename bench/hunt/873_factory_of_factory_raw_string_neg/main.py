# shape: factory-of-factory, raw string r"process\n" -> strip keeps backslash-n -> thread
# OBSERVED: OK - no finding
from pkg import pools

if __name__ == "__main__":
    k = 3
    print(pools.pmap(lambda x: x + k, [1, 2, 3], kind=r"process\n"))
