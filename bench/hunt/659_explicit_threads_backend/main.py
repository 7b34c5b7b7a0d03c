# Shape (negative): backend-choosing wrapper whose default is processes; caller explicitly passes backend="threads" with a guard fn and a lambda.
from lib.par import pmap

if __name__ == "__main__":
    k = 7
    def f(x):
        return x % k
    print(pmap(f, [10, 20], backend="threads"), pmap(lambda x: x + k, [1], backend="threads"))
