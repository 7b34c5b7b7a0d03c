# shape: scaled(runner: Runner, k) hands a nested def (not a lambda) to runner.map; called with ProcRunner()
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
