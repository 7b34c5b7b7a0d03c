class Scorer:
    def __init__(self, weights):
        self.weights = weights

    def score(self, word):
        return sum(self.weights.get(c, 0) for c in word)
