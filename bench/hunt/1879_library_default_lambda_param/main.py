# shape: the library's own default is a module-level lambda: def pmap(items, fn=lambda x: x) in pkg/par.py; main calls pmap(items) without fn (pickled as pkg.par.<lambda>, fails under every start method)
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(["a", "b"]))
    print(pmap([1, 2], fn=abs))
