# shape: local `import math as M` used by the lambda AND later by main itself; alias-factory wrapper kind="cpu"
# OBSERVED: OK - finding + correct fix (local import kept in main and copied)
from pkg.api import pmap

def main():
    import math as M
    p = 2
    print(pmap(lambda x: M.pow(x, p), [3, 4], kind="cpu"))
    print(M.floor(2.5))

if __name__ == "__main__":
    main()
