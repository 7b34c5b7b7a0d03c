# shape: scaled(runner: Runner, k) called by keyword: scaled(k=3, runner=ProcRunner())
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(k=3, runner=ProcRunner()))
