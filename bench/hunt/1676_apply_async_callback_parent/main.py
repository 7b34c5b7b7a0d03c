# shape: malfoyz/itm 6-parallelizm-concurrency/.../5_starmap_async.py (starmap_async(..., callback=end_func)) -- helper forwarding callback/error_callback, which run in the parent
from pkg.jobs import run_jobs, square

if __name__ == "__main__":
    got = []
    run_jobs(square, [2, 3], lambda r: got.append(r), on_error=lambda e: got.append(repr(e)))
    print(sorted(got))
