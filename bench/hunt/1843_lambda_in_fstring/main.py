# shape: the lambda is handed to the wrapper inside an f-string replacement field: print(f"result={pmap(lambda x: x + k, xs)}")
from pkg.par import pmap

if __name__ == "__main__":
    k = 10
    print(f"result={pmap(lambda x: x + k, [1, 2])} done")
