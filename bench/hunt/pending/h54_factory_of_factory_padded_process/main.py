# shape: factory-of-factory, caller passes " Process " -> process pool, lambda capturing local
# OBSERVED: OK - finding + correct partial fix (factory-of-factory, " Process ")
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2, 3], kind=" Process "))
