# Shape: wrapper wraps user fn in a module-level callable class (_SafeCall(fn)) before Pool.map.
from lib.par import safe_map

if __name__ == "__main__":
    lim = 2
    def f(x):
        if x > lim:
            raise ValueError(x)
        return x
    print(safe_map(f, [1, 2, 3]))
