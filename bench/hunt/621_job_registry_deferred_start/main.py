# Shape: job registry: jobs.add(fn) builds Process objects, jobs.run() starts them later; captured var is rebound in between.
import multiprocessing as mp
from lib.jobs import JobSet

if __name__ == "__main__":
    q = mp.Queue()
    mode = "init"
    def job():
        q.put(mode)
    jobs = JobSet()
    jobs.add(job)
    mode = "ready"
    jobs.run()
    print(q.get())
