class Scaler:
    def __init__(self, factor, offset=0):
        self.factor = factor
        self.offset = offset

    def apply(self, x):
        return x * self.factor + self.offset
