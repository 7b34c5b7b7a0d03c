# shape: worker class defined under the guard; its bound method handed to a wrapper's Pool.map (pickles the instance of a guard class)
from pkg.par import pmap

if __name__ == "__main__":

    class Scaler:
        def __init__(self, k):
            self.k = k

        def __call__(self, x):
            return self.k * x

    print(pmap(Scaler(3), [1, 2]))
