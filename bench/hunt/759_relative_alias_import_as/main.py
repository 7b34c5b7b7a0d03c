# SHAPE: `import pkg.api.facade as f; f.run(...)`; facade does `from ..core.exec import parmap as _pm`
# OBSERVED: OK - correct
import pkg.api.facade as f

if __name__ == "__main__":
    n = 10

    def minus(x):
        return n - x

    print(f.run(minus, [1, 2, 3]))
