"""Comments attached to the nested function."""

import multiprocessing


def run(jobs, retries):
    # Worker: runs in a child process; keep it side-effect free.
    # It must not touch the parent's state.
    def work(job):  # noqa: ANN001
        # Simulate retries.
        return f"{job} x{retries}"  # trailing note

    # Fan out.
    with multiprocessing.Pool(2) as pool:
        return pool.map(work, jobs)


if __name__ == "__main__":
    print(run(["a", "b"], 2))
