# Shape: BatchRunner(max_workers=1) serial in the parent; nested function is fine
from lib.batch import BatchRunner


def main():
    bonus = 10

    def total(batch):
        return sum(batch) + bonus

    print(BatchRunner(max_workers=1).run(total, [[1, 2], [3, 4]]), flush=True)


if __name__ == "__main__":
    main()
