# shape: same pmap(..., executor=...) helper, called with executor="thread"
from pkg.parallel import pmap

if __name__ == "__main__":
    c = 10
    print(pmap(lambda a, b: a * b + c, [1, 2, 3], [4, 5, 6], executor="thread"))
