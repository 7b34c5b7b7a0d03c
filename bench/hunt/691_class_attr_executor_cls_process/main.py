# Shape: class attribute executor_cls = ThreadPoolExecutor overridden by subclass ProcessRunner; guard function
from lib import ProcessRunner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(ProcessRunner().map(sq, [1, 2, 3]), flush=True)
