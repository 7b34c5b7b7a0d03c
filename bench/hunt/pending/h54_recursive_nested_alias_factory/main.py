# shape: recursive nested function capturing `m`, passed to alias-factory wrapper kind="cpu"
# OBSERVED: OK - finding + correct fix (recursive call gets m=m)
from pkg.api import pmap

def main():
    m = 1000
    def fact(n):
        return 1 if n < 2 else (n * fact(n - 1)) % m
    print(pmap(fact, [5, 10], kind="cpu"))

if __name__ == "__main__":
    main()
