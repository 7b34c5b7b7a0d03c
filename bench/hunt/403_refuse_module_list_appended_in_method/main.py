# Tests: module-level SEEN list appended in Service.__init__ (called from main at run time); lambda
# handed to FanOutMixin.fan_out (Process target, other file) reads len(SEEN) in the child. No Named base.
# Observed: WRONGFIX - lifted to _run_task reading SEEN; fork [(1, 2), (2, 2)] vs spawn/forkserver [(1, 0), (2, 0)].
from pkg.service import Service


def main():
    Service("a")
    svc = Service("b")
    print(svc.run([1, 2]))


if __name__ == "__main__":
    main()
