# shape: lambda uses a module imported locally inside main (import math as M) -> capturing a module via partial cannot pickle
# OBSERVED: OK - finding + correct fix (local import copied)
from pkg.api import pmap

def main():
    import math as M
    p = 2
    print(pmap(lambda x: M.pow(x, p), [3, 4], kind="cpu"))

if __name__ == "__main__":
    main()
