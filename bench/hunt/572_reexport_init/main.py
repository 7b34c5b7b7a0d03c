# Shape: wrapper re-exported through package __init__.py (from .core.parallel import pmap); caller uses `import mypkg; mypkg.pmap`.
import mypkg

if __name__ == "__main__":
    bias = 1
    def f(x):
        return x * 2 + bias
    print(mypkg.pmap(f, [1, 2, 3]))
