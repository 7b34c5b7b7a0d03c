# Shape (negative): same hierarchy but caller uses the thread-based BaseExecutor with a lambda.
from lib.executors import BaseExecutor

if __name__ == "__main__":
    n = 3
    print(BaseExecutor(workers=2).map(lambda s: s * n, ["a", "b"]))
