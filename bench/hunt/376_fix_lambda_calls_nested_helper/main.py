# fix: a lambda that calls a nested helper (which captures a local too) handed to a
# method that forwards it to a private method starting a Process.
from jobs import JobManager


def main():
    prefix = "item-"

    def label(n):
        return prefix + str(n)

    manager = JobManager()
    print(manager.run_all(lambda n: label(n).upper(), [3, 1, 2]))


if __name__ == "__main__":
    main()
