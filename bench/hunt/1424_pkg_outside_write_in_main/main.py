# [pkg] Runner in pkg/base.py; main writes r.use_processes = True then r.doubled -> process
from pkg.base import Runner

if __name__ == "__main__":
    r = Runner()
    r.use_processes = True
    print(r.doubled(3))
