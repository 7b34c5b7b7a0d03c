# shape: factory dispatches through a module dict {"process": PPE, "thread": TPE}; caller kind="process"
# OBSERVED: MISS - factory dispatching through a module-level dict not inferred
from pkg.pools import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2], kind="process"))
