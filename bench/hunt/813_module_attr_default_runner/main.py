# SHAPE: `from pkg import runtime` then runtime.default.submit_many(fn, xs); `default` is a module-level instance of pkg.runtime.ProcessRuntime assigned via a configure() helper at import
# OBSERVED: OK - correct
from pkg import runtime

if __name__ == "__main__":
    k = 4

    def sq_plus(x):
        return x * x + k

    print(runtime.default.submit_many(sq_plus, [1, 2]))
