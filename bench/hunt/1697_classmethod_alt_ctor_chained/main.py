# shape: Runner.with_workers(2).map(fn, xs) -- classmethod alternate constructor chained directly into the wrapper method
from pkg.runner import Runner

if __name__ == "__main__":
    unit = "kg"

    def label(x):
        return f"{x}{unit}"

    print(Runner.with_workers(2).map(label, [1, 2]))
