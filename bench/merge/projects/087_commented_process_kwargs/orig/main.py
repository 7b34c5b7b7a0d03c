"""Process call with a comment on every keyword argument."""

import multiprocessing as mp


def launch(job_ids, queue_name):
    retry_budget = 3

    def work(job_id):
        print(f"{queue_name}:{job_id} retries={retry_budget}", flush=True)

    for job_id in job_ids:
        proc = mp.Process(
            target=work,  # the worker
            args=(job_id,),  # identifies the job
            daemon=True,  # do not outlive the parent
        )
        proc.start()
        proc.join()


if __name__ == "__main__":
    launch([7, 8], "emails")
