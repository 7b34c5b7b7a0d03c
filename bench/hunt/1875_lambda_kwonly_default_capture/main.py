# shape: the lambda has no free names but a keyword-only default read from the guard: pmap(lambda x, *, k=k: x * k, xs)
from pkg.par import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x, *, k=k: x * k, [1, 2]))
