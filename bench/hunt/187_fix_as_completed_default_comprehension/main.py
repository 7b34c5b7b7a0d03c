# fix: a guard function with a default read from a guard dict and a comprehension over a
# guard list, submitted through a wrapper of another package; results via as_completed.
from concurrent.futures import ProcessPoolExecutor, as_completed

from exec_utils.submit import submit_all

if __name__ == "__main__":
    weights = {"x": 2, "y": 3}
    names = sorted(weights)

    def score(row, scale=weights["y"]):
        return sum(row[n] * weights[n] * scale for n in names if n in row)

    rows = [{"x": 1}, {"y": 2}, {"x": 1, "y": 1}]
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = submit_all(ex, score, rows, scale=10)
        print(sorted(f.result() for f in as_completed(futures)))
