# shape: pkg/jobs.py scaled(runner: Runner, k) maps a lambda; main only ever passes Runner()
from pkg.jobs import scaled
from pkg.runner import Runner


if __name__ == "__main__":
    print(scaled(Runner(), 3))
    print(scaled(Runner(), 4))
