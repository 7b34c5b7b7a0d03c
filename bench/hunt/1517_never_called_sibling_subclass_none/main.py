# shape: go(r: ThreadOnly) never called in pkg/jobs.py; ProcRunner is a sibling subclass, not a ThreadOnly
from pkg.jobs import ThreadOnly, go


def main():
    print(go(ThreadOnly(), 3))


if __name__ == "__main__":
    main()
