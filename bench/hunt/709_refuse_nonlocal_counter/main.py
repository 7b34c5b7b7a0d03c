# Shape: nested function with a `nonlocal` write handed to TaskRunner (process); the child's write never reaches the parent, a lift cannot keep `nonlocal`
from lib import TaskRunner


def main():
    count = 0

    def job():
        nonlocal count
        count += 1
        print("child count", count, flush=True)

    TaskRunner(use_processes=True).run(job)
    print("parent count", count, flush=True)


if __name__ == "__main__":
    main()
