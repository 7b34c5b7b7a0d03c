# shape: a list comprehension calls the Pool wrapper once per k with `lambda x: x * k` (k is the comprehension's variable, used at once)
from pkg.par import pmap

if __name__ == "__main__":
    print([pmap(lambda x: x * k, [1, 2]) for k in (1, 10)])
