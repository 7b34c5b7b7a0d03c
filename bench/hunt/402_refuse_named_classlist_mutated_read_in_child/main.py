# Tests: Named (same file as Service, listed before FanOutMixin) appends to a class-level list in __init__;
# the lambda handed to fan_out (Process target) reads len(Named.seen) in the child.
# Observed: WRONGFIX - lifted as-is; fork prints [(1, 2), (2, 2)], spawn/forkserver print [(1, 0), (2, 0)].
# (Same with a class list on Service itself, or a module list SEEN appended in a method: see 403.)
from pkg.service import Service


def main():
    Service("a")
    svc = Service("b")
    print(svc.run([1, 2]))


if __name__ == "__main__":
    main()
