# shape: Retry job class (module-level, __call__) wraps fn given at construction; main wraps a nested fn and maps the job over a ProcessPoolExecutor through a wrapper
from jobs.retry import Retry
from jobs.par import run_all


def main():
    prefix = "r"

    def attempt(i):
        return f"{prefix}{i}"

    print(run_all(Retry(attempt, times=2), [1, 2]))


if __name__ == "__main__":
    main()
