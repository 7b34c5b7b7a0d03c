# shape: the guard defines its own helper `def go(f, items=(1, 2, 3)): return pmap(f, list(items))` and calls go(guard_def)
from pkg.par import pmap

if __name__ == "__main__":
    sign = -1

    def go(f, items=(1, 2, 3)):
        return pmap(f, list(items))

    def neg(x):
        return x * sign

    print(go(neg))
