# shape: run_jobs(*, worker, inputs) keyword-only callable slot passing to Process per input; guard fn
from pkg.jobs import run_jobs

if __name__ == "__main__":
    tag = "job"

    def worker(q, x):
        q.put(f"{tag}{x}")

    print(run_jobs(inputs=[1, 2], worker=worker))
