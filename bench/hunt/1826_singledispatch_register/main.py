# shape: @functools.singledispatch pmap(data, fn) with implementations registered for list and dict that map fn over a Pool; the callable is the second argument
from pkg.par import pmap

if __name__ == "__main__":
    k = 10
    print(pmap([1, 2, 3], lambda x: x + k))
    print(pmap({"b": 2, "a": 1}, lambda v: v * k))
