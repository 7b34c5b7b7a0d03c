# shape: run_job(fn, items) packs {"fn": fn, ...} into a local dict and calls ex.map(job["fn"], job["items"]) on a ProcessPoolExecutor -- guard def
from pkg.jobs import run_job

if __name__ == "__main__":
    tag = "#"

    def mark(s):
        return tag + s

    print(run_job(mark, ["a", "b"]))
