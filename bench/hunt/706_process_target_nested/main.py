# Shape: TaskRunner(use_processes=True).run(fn, *args) -> multiprocessing.Process(target=fn, args=args); nested function capturing a local
from lib import TaskRunner


def main():
    prefix = "job"

    def job(n):
        print(prefix, n, flush=True)

    runner = TaskRunner(use_processes=True)
    for i in range(2):
        runner.run(job, i)


if __name__ == "__main__":
    main()
