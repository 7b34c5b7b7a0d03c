# shape: SafePipeline calls super(ProcPipeline, self).__init__() -> skips ProcPipeline -> Pipeline default thread
# OBSERVED: OK - no finding
from pkg.pipe import SafePipeline, Pipeline

if __name__ == "__main__":
    m = 10
    print(SafePipeline().apply(lambda x: x + m, [1]))
    print(Pipeline().apply(lambda x: x - m, [1]))
