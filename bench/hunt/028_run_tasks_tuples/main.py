from tt.run import run_tasks

if __name__ == "__main__":

    def inc(x):
        return x + 1

    def dbl(x):
        return x * 2

    print(run_tasks([(inc, 1), (dbl, 2), (inc, 5)]))
