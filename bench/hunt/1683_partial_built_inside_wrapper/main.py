# shape: par.pmap(fn, items, **kw) wraps fn in functools.partial(fn, **kw) before Pool.map; `from pkg import par` module import
from pkg import par

if __name__ == "__main__":
    prefix = "#"

    def fmt(x, width):
        return prefix + str(x).rjust(width)

    print(par.pmap(fmt, [1, 22, 333], width=4))
