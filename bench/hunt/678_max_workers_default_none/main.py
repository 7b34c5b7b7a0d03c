# Shape: BatchRunner() default max_workers=None -> process pool (<=1 is serial); guard function
from lib.batch import BatchRunner

if __name__ == "__main__":
    def total(batch):
        return sum(batch)

    print(BatchRunner().run(total, [[1, 2], [3, 4]]), flush=True)
