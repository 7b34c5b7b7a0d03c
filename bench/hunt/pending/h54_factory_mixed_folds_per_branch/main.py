# shape: factory normalises differently per branch: kind.upper()=="GROSS" then kind.lower()=="i"; caller "groß" -> process
# OBSERVED: MISS - no factory inferred when branches normalise the parameter differently (upper() in one if, lower() in another; also `kind.lower()==x or kind==y`)
from pkg.pools import pmap

if __name__ == "__main__":
    m = 2
    print(pmap(lambda x: x * m, [1, 2], kind="groß"))
