# shape: "İ".lower() is "i̇" (2 chars) != "i"; "ǅ".upper() etc -> thread
# OBSERVED: OK - no finding (but only because nothing was inferred, see p14)
from pkg.pools import pmap

if __name__ == "__main__":
    m = 2
    print(pmap(lambda x: x * m, [1, 2], kind="İ"))
