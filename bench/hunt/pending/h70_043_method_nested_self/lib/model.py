from .par import pmap


class Model:
    def __init__(self, w):
        self.w = w

    def predict_all(self, xs):
        def predict(x):
            return self.w * x + 1
        return pmap(predict, xs)
