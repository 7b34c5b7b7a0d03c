# Shape: @dataclass config has `executor_cls: type = ProcessPoolExecutor`; run() uses self.executor_cls.
from lib.cfg import RunConfig

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(RunConfig().run(f, [1, 2]))
