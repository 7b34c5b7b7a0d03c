# SHAPE: tqdm.contrib.concurrent style process_map(fn, *iterables) -> _executor_map(ProcessPoolExecutor, ...) with two iterables
# OBSERVED: OK - correct
from pkg.concurrent import process_map

if __name__ == "__main__":
    sep = "/"

    def join(a, b):
        return f"{a}{sep}{b}"

    print(process_map(join, ["x", "y"], [1, 2]))
