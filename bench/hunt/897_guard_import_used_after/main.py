# shape: guard-level `import math as M` used by guard-defined function passed to wrapper and by the guard after
# OBSERVED: OK - finding + correct fix
from pkg.api import pmap

if __name__ == "__main__":
    import math as M
    p = 2
    def powp(x):
        return M.pow(x, p)
    print(pmap(powp, [3, 4], kind="cpu"))
    print(M.floor(2.5))
