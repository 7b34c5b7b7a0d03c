# shape: Job with __call__ wrapping a user callable stored on the instance; instance passed to Pool.map via a wrapper -- the lambda travels inside the Job
from jobs.job import Job
from jobs.par import pmap

if __name__ == "__main__":
    k = 2
    job = Job(lambda x: x * k + 1)
    print(pmap(job, [1, 2, 3]))
