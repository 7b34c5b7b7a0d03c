import multiprocessing

from .core import spawn_worker


def _job_entry(job_fn, out, n):
    out.put((n, job_fn(n)))


def run_job(job_fn, out, n):
    return spawn_worker(_job_entry, job_fn, out, n)


def run_jobs(job_fn, ns):
    out = multiprocessing.Queue()
    procs = [run_job(job_fn, out, n) for n in ns]
    results = sorted(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return results
