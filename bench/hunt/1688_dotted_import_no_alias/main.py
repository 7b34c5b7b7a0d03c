# shape: `import pkg.sub.par` with no alias, call pkg.sub.par.pmap(fn, xs) through the full dotted path
import pkg.sub.par

if __name__ == "__main__":
    delta = 0.5

    def shift(x):
        return x + delta

    print(pkg.sub.par.pmap(shift, [1, 2]))
