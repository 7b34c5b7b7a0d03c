# Shape: guard workers registered in a dict (dispatch table) and one is looked up and handed to pmap.
from lib.par import pmap

if __name__ == "__main__":
    k = 2
    def dbl(x):
        return x * k
    def neg(x):
        return -x * k
    ops = {"dbl": dbl, "neg": neg}
    print(pmap(ops["dbl"], [1, 2]), pmap(neg, [3]))
