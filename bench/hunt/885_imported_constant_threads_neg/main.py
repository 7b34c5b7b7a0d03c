# shape: kind=MODE where MODE = "thread" is a constant imported from pkg.settings
# OBSERVED: FALSE - kind=MODE with MODE="thread" imported from pkg.settings reported (same-module constants are resolved)
from pkg.pools import pmap
from pkg.settings import MODE

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x * k, [3], kind=MODE))
