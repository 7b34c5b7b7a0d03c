# shape: pkg/jobs.py calls go(Runner(), 1) in its own helper; main.py calls go(ProcRunner(), 3)
# OBSERVED: no finding: go's only call in pkg/jobs.py passes Runner(), so the ProcRunner() call from main.py is ignored; crashes under spawn.
from pkg.jobs import ProcRunner, go, quick


def main():
    print(quick())
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
