# Shape: Runner with lazily created executor via @property, submit + result().
from jobs.runner import Runner

if __name__ == "__main__":
    base = 100
    def job(x):
        return base - x
    r = Runner(2)
    print(r.run_all(job, [1, 2, 3]))
    r.close()
