# shape: ParallelMixin (executor_cls = ProcessPoolExecutor) in mixins.py, Pipeline(ParallelMixin, BasePipeline) in pipeline.py; main calls pipe.pmap(lambda)
from etl.pipeline import Pipeline

if __name__ == "__main__":
    pipe = Pipeline("x")
    tag = pipe.name
    print(pipe.pmap(lambda n: f"{tag}-{n}", [1, 2]))
