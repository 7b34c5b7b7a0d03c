# shape: scaled(runner: "Runner", k) with Runner imported under TYPE_CHECKING only; called with ProcRunner()
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
