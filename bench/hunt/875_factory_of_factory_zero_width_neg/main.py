# shape: factory-of-factory, zero-width space (not whitespace) before "process" -> thread
# OBSERVED: OK - no finding
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2], kind="\u200bprocess"))
