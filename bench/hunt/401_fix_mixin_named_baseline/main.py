# Tests: Service(Named, FanOutMixin) with Named (own __init__) in pkg/naming.py, FanOutMixin in pkg/fanout.py,
# lambda handed to self.fan_out (Process(target=fn)). Expect a fix.
# Observed: MISS - picklefix reports nothing (spawn: "Can't pickle local object"). Even an empty `class Named: pass`
# from another file blocks the lookup; Named in the same file as Service, or listed after the mixin, is found.
from pkg.service import Service


def main():
    svc = Service("alpha")
    print(svc.describe(), svc.run([1, 2, 3], 7))


if __name__ == "__main__":
    main()
