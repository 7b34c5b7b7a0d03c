# shape: bound method of an instance created in the parent (class in a package, picklable state) handed to a map helper -- nothing to report
from model.scorer import Scorer
from model.par import parallel_map

if __name__ == "__main__":
    scorer = Scorer({"a": 1, "b": 3})
    print(parallel_map(scorer.score, ["ab", "bb", "a"]))
