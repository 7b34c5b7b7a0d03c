# shape: lambda captures an instance of a class defined locally in main() (unpicklable capture)
# OBSERVED: OK - reported, not rewritten (local class instance)
from pkg.api import pmap

def main():
    class Cfg:
        k = 3
    cfg = Cfg()
    print(pmap(lambda x: x * cfg.k, [1, 2], kind="cpu"))

if __name__ == "__main__":
    main()
