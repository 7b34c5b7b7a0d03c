# shape: scaled(runner: Runner, k) called with Runner() and with ProcRunner() from main
from pkg.jobs import scaled
from pkg.runner import ProcRunner, Runner


if __name__ == "__main__":
    print(scaled(Runner(), 2))
    print(scaled(ProcRunner(), 3))
