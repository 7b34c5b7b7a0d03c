# Shape: callable class defined under the __main__ guard, instance passed to the project pmap.
from lib.par import pmap

if __name__ == "__main__":
    class Scaler:
        def __init__(self, k):
            self.k = k
        def __call__(self, x):
            return x * self.k
    print(pmap(Scaler(3), [1, 2]))
