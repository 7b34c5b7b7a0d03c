# shape: scipy-style brute(func, grid, args, workers) wraps func in a module-level _FunctionWrapper(func, args) and maps it through MapWrapper(workers) (Pool.map) -- guard def reaches the pool inside an object the library builds
from pkg.optimize import brute

if __name__ == "__main__":
    offset = 100

    def cost(x, a, b):
        return (x - a) ** 2 + b * offset

    print(brute(cost, [0, 1, 2, 3], args=(2, 1), workers=2))
