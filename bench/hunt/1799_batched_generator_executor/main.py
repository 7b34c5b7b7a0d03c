# shape: generator batched_map(fn, items, size) creates a ProcessPoolExecutor and yields per-batch results with a progress print -- lambda consumed by a list comprehension
from etl.batches import batched_map

if __name__ == "__main__":
    inc = 1
    out = [v for batch in batched_map(lambda x: x + inc, [1, 2, 3, 4, 5], size=3) for v in batch]
    print(out)
