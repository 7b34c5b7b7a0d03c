# shape: re-exported helper (pkg/__init__.py: from .par import parmap as pmap) plus module-alias import, as in e.g. transientskp/tkp distribute package
import pkg
import pkg.par as P

def main():
    k = 2
    a = pkg.pmap(lambda x: x + k, [1])
    b = P.parmap(lambda x: x * k, [3])
    return a, b

if __name__ == "__main__":
    print(main())
