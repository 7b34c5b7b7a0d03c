# shape: Runner/ProcRunner and scaled(runner: Runner, k) all in pkg/jobs.py; main passes ProcRunner()
from pkg import jobs


if __name__ == "__main__":
    print(jobs.scaled(jobs.ProcRunner(), 3))
