# Shape: miss subclass super init (session 52 hunt of factories that choose by their arguments)
from lib.runner import ProcRunner, Configurable

if __name__ == "__main__":
    def inc(x):
        return x + 1
    def dbl(x):
        return x * 2
    print(ProcRunner().map(inc, [1, 2]))
    print(Configurable(True).map(dbl, [1, 2]))
