# [pkg] Runner in pkg/base.py, ProcRunner(Runner) in pkg/sub.py sets True; main calls ProcRunner().doubled -> process
from pkg.sub import ProcRunner

if __name__ == "__main__":
    print(ProcRunner().doubled(3))
