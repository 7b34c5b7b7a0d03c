# shape: Jobs.scaled(self, runner: Runner, k) method maps a lambda; main calls Jobs().scaled(ProcRunner(), 3)
# OBSERVED: MISS: the annotated-parameter inference works for a function in pkg/jobs.py but not for a method Jobs.scaled(self, runner: Runner, k) across files (works same-file)
from pkg.jobs import Jobs
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(Jobs().scaled(ProcRunner(), 3))
