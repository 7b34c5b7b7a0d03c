# Shape: job runner takes a list of (callable, args) tuples and submits each to a ProcessPoolExecutor.
from lib.jobs import run_jobs

if __name__ == "__main__":
    w = 2
    def weigh(x):
        return x * w
    def tagit(s):
        return "<" + s + ">"
    print(run_jobs([(weigh, (3,)), (tagit, ("a",))]))
