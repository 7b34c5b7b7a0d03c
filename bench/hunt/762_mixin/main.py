# SHAPE: mixin ParallelMixin.pmap (pkg/mixins.py) used by Pipeline(ParallelMixin, Base) defined in pkg/pipeline.py
# OBSERVED: OK - correct
from pkg.pipeline import Pipeline

if __name__ == "__main__":
    stopwords = {"the", "a"}

    def keep(word):
        return word not in stopwords

    print(Pipeline(["the", "cat", "a", "dog"]).filter(keep))
