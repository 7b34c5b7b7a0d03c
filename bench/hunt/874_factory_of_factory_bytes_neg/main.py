# shape: factory-of-factory, bytes literal b"process" never equals str -> thread
# OBSERVED: OK - no finding
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x - k, [1, 2, 3], kind=b" process "))
