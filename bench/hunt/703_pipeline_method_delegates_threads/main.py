# Shape: Pipeline(parallel=False).run_step(...) -> runner with threads; capturing lambda is fine
from lib.pipeline import Pipeline


def main():
    m = 3
    print(Pipeline(parallel=False).run_step(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
