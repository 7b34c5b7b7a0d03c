# shape: self-aliasing factory (cpu -> make_executor("process")), relative-import alias in wrapper, caller kind="cpu"
# OBSERVED: OK - finding + correct fix
from pkg.api import pmap

def main():
    base = 10
    def add(x):
        return x + base
    print(pmap(add, [1, 2, 3], kind="cpu"))

if __name__ == "__main__":
    main()
