# shape: pkg/__init__ does `from . import par`; main does `import pkg` and calls pkg.par.pmap(fn, xs)
import pkg

if __name__ == "__main__":
    sep = "-"

    def join2(x):
        return sep.join([x, x])

    print(pkg.par.pmap(join2, ["a", "b"]))
