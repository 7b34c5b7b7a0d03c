# Shape: @dataclass config with n_workers and a method that maps with multiprocessing.Pool.
from pipeline.config import PipelineConfig

if __name__ == "__main__":
    threshold = 2
    def keep(x):
        return x > threshold
    cfg = PipelineConfig(n_workers=2)
    print(cfg.parallel_apply(keep, [1, 2, 3, 4]))
