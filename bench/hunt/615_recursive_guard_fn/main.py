# Shape: recursive guard worker capturing a guard variable.
from lib.par import pmap

if __name__ == "__main__":
    mod = 1000
    def fact(n):
        return 1 if n <= 1 else (n * fact(n - 1)) % mod
    print(pmap(fact, [3, 5, 10]))
