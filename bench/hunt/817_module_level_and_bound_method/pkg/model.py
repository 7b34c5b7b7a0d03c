class Scaler:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x * self.k
