# shape: Vrroom/vectorrvnn vectorrvnn/utils/parallel/pTools.py -- pmap(function, items, chunksize=None) over mp.Pool(...).imap (module imported as mp)
from pkg.pTools import pmap

class Scorer:
    def __init__(self, w):
        self.w = w

    def score_all(self, items):
        return pmap(lambda s: len(s) * self.w, items)

if __name__ == "__main__":
    print(Scorer(10).score_all(["a", "bb", "ccc"]))
