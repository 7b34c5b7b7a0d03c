from jobs.engine import run_batch, run_one

if __name__ == "__main__":
    def square(x):
        return x * x

    print(run_batch(square, [1, 2, 3]))
    print(run_one(square, 7))
