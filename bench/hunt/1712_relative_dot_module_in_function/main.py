# shape: pkg/jobs.run_jobs(fn, xs) uses `from . import par` and par.pmap(fn, xs); main imports run_jobs
from pkg.jobs import run_jobs

if __name__ == "__main__":
    tail = "z"

    def app(s):
        return s + tail

    print(run_jobs(app, ["x", "y"]))
