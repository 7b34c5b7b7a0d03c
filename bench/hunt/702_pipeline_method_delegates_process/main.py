# Shape: Pipeline(parallel=True).run_step(fn) delegates to self.runner.map (two wrapper levels); guard function
from lib.pipeline import Pipeline

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(Pipeline(parallel=True).run_step(sq, [1, 2, 3]), flush=True)
