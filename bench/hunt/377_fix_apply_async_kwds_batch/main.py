# fix: a guard function handed with keyword arguments to a context-managed batch whose
# add() forwards *args and **kwargs to Pool.apply_async; the caller reads the handles.
from batching import Batch

if __name__ == "__main__":
    unit = "cm"

    def measure(value, factor=1):
        return f"{value * factor}{unit}"

    with Batch() as batch:
        handles = [batch.add(measure, v, factor=3) for v in (1, 2, 3)]
        print([h.get(timeout=10) for h in handles])
