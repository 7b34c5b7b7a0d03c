# shape: factory with two separate ProcessPool branches (a, b) then thread; caller picks "b"
# OBSERVED: OK - finding + correct fix
from pkg.pools import pmap

if __name__ == "__main__":
    m = 7
    print(pmap(lambda x: x % m, [8, 9, 15], kind="b"))
