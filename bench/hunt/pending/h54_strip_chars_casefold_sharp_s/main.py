# shape: strip("_-") + casefold on "__Prozessstraße--" (ß casefolds to ss) -> process
# OBSERVED: OK - finding + correct fix
from pkg.pools import pmap

if __name__ == "__main__":
    m = 2
    print(pmap(lambda x: x * m, [1, 2], kind="__Prozessstraße--"))
