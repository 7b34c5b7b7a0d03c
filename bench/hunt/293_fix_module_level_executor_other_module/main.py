# fix: a guard function submitted to a ProcessPoolExecutor made at module level in another
# module and imported by name.
from shared.pool import EXECUTOR

if __name__ == "__main__":
    sep = "/"

    def join(a, b):
        return a + sep + b

    try:
        print(EXECUTOR.submit(join, "x", "y").result())
    finally:
        EXECUTOR.shutdown()
