# shape: `import pkg.par as pp; pp.Parallel.map(fn, xs)` -- staticmethod wrapper called through a module alias and class
import pkg.par as pp

if __name__ == "__main__":
    pad = 3

    def zfill(x):
        return str(x).zfill(pad)

    print(pp.Parallel.map(zfill, [7, 42]))
