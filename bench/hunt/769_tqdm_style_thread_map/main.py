# SHAPE: NEGATIVE - tqdm.contrib.concurrent style: _executor_map(PoolExecutor, fn, xs) shared by thread_map and process_map; main only uses thread_map with a lambda
# OBSERVED: OK - correct
from pkg.concurrent import thread_map


def main():
    prefix = "row"
    print(thread_map(lambda i: f"{prefix}{i}", range(3)))


if __name__ == "__main__":
    main()
