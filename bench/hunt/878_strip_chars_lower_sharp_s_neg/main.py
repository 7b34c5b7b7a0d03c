# shape: strip("_-") + lower() on "__Prozessstraße--" (ß lower stays ß) -> thread
# OBSERVED: OK - no finding
from pkg.pools import pmap

if __name__ == "__main__":
    m = 2
    print(pmap(lambda x: x * m, [1, 2], kind="__Prozessstraße--"))
