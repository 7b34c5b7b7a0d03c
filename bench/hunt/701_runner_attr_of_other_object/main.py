# Shape: runner stored on another object (Pipeline().runner.map); guard function
from lib.pipeline import Pipeline

if __name__ == "__main__":
    def sq(x):
        return x * x

    pipeline = Pipeline()
    print(pipeline.runner.map(sq, [1, 2, 3]), flush=True)
