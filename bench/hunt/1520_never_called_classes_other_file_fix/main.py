# shape: Runner and ProcRunner in pkg/runners.py; go(r: Runner) in pkg/jobs.py never called there; main passes ProcRunner()
# OBSERVED: no finding: go(r: Runner) is never called in pkg/jobs.py, but Runner and ProcRunner live in pkg/runners.py, so the subclass is not considered.
from pkg.jobs import go
from pkg.runners import ProcRunner


def main():
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
