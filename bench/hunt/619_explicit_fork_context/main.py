# Shape (negative): wrapper pins the fork context explicitly (mp_context=get_context("fork")), so nothing is pickled by reference-to-__main__ problems.
from lib.par import pmap

if __name__ == "__main__":
    k = 2
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
