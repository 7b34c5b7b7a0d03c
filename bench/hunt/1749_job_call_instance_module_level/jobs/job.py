class ScaleJob:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor
