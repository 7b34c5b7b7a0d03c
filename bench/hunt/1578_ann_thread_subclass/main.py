# shape: main.py defines QuietRunner(Runner) (no override) and passes it to scaled(runner: Runner, k)
from pkg.jobs import scaled
from pkg.runner import Runner


class QuietRunner(Runner):
    def describe(self):
        return "quiet"


if __name__ == "__main__":
    r = QuietRunner()
    print(r.describe(), scaled(r, 3))
