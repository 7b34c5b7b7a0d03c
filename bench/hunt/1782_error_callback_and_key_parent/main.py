# shape: wrapper run_jobs(fn, items, on_result, key) uses apply_async(callback=on_result) and sorts results with key in the parent -- lambdas are parent-only; fn is module-level
from batch.jobs import run_jobs
from batch.work import halve

if __name__ == "__main__":
    got = []
    print(run_jobs(halve, [4, 8, 2], on_result=lambda r: got.append(r), key=lambda r: -r))
    print(sorted(got))
