# shape: executor registry keyed by kind; submit("cpu", fn) goes to processes
# OBSERVED: MISS - no wrapper inferred; executor stored in a module dict (conditional Process/Thread by kind), submit("cpu", work) not reported
from pkg import reg
if __name__ == "__main__":
    def work(x):
        return x * 100
    print(reg.submit("cpu", work, 3).result())
    reg.shutdown()
