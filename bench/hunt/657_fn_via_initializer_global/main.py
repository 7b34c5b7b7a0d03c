# Shape: wrapper ships fn once through Pool(initializer=_init, initargs=(fn,)) into a worker global; map calls _call. Caller passes a lambda.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2]))
