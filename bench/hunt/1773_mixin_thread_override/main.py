# shape: same ParallelMixin but the concrete class overrides executor_cls = ThreadPoolExecutor in another module -- lambda, nothing to report
from etl.pipeline import IOPipeline

if __name__ == "__main__":
    pipe = IOPipeline("y")
    tag = pipe.name
    print(pipe.pmap(lambda n: f"{tag}-{n}", [1, 2]))
