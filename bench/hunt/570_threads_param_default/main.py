# Shape (negative): same backend-choosing wrapper, caller uses default threads backend with a lambda.
from tools.par import pmap

if __name__ == "__main__":
    m = 7
    print(pmap(lambda x: x % m, [10, 20, 30]))
