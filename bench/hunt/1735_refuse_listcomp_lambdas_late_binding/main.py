# shape: jobs = [lambda: x * 10 for x in range(3)] handed to run_all (Process per job, results via Queue) -- comprehension late binding (refuse)
from pkg.jobs import run_all

if __name__ == "__main__":
    jobs = [lambda: x * 10 for x in range(3)]
    print(run_all(jobs))
