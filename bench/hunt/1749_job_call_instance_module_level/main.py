# shape: Job class with __call__ defined at module level in a package; instances (picklable state) mapped over a Pool -- nothing to report
from multiprocessing import Pool

from jobs.job import ScaleJob

if __name__ == "__main__":
    job = ScaleJob(factor=4)
    with Pool(2) as pool:
        print(pool.map(job, [1, 2, 3]))
