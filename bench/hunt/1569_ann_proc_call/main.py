# shape: pkg/jobs.py scaled(runner: Runner, k) maps a lambda; main calls scaled(ProcRunner(), 3)
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
