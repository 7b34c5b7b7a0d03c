# shape: ctlab/evoguess executor/impl/process_executor.py (variant) -- submit(self, fn, task) unpacks the task tuple into executor.submit(fn, *task)
from pkg.backend import ProcessExecutor

def estimate(ex, weight):
    def evaluate(a, b):
        return (a * b) * weight
    futs = [ex.submit(evaluate, (i, i + 1)) for i in range(3)]
    return [f.result() for f in futs]

if __name__ == "__main__":
    ex = ProcessExecutor()
    print(estimate(ex, 2))
    ex.shutdown()
