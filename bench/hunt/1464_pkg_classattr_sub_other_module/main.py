# [pkg] Runner (class attr False) in pkg/base.py; pkg/sub.py subclass sets class attr True; main uses it -> process
from pkg.sub import ProcRunner

if __name__ == "__main__":
    print(ProcRunner().doubled(3))
