# SHAPE: class attribute executor_class = ProcessPoolExecutor; subclass in another file; method run_all(fn, xs)
# OBSERVED: MISS - no finding; executor class reached via class attribute executor_class = ProcessPoolExecutor not inferred
from pkg.jobs import CpuJobs

if __name__ == "__main__":
    power = 2

    def sq(x):
        return x ** power

    print(CpuJobs().run_all(sq, [1, 2, 3, 4]))
